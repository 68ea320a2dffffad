/**
 * Instructions that only change the image config (moby builder/dockerfile/dispatchers.go):
 * each edits the stage's run config and returns the text the history records — the
 * classic builder's `#(nop)` comment body (`ENV A=b`, `CMD ["node" "index.js"]`,
 * `EXPOSE 80`, `VOLUME [/data]`…) or BuildKit's own wording where it differs.
 */
import { invalidParameter } from '../../errdefs.ts';
import { goQuoteList } from '../parser/go-quote.ts';
import { formatGoDuration } from '../instructions/go-duration.ts';
import type { Command } from '../instructions/commands.ts';
import { shellOf, type StageState } from './state.ts';

export type MetaCommand = Exclude<Command, { kind: 'RUN' | 'COPY' | 'ADD' | 'WORKDIR' }>;

function setEnv(env: string[], key: string, value: string): string[] {
  const i = env.findIndex((e) => e === key || e.startsWith(`${key}=`));
  const next = [...env];
  if (i >= 0) next[i] = `${key}=${value}`;
  else next.push(`${key}=${value}`);
  return next;
}

function shellCmd(state: StageState, cmd: { cmdLine: string[]; prependShell: boolean }): string[] {
  return cmd.prependShell ? [...shellOf(state), ...cmd.cmdLine] : [...cmd.cmdLine];
}

const signals = new Set(['HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM', 'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'IO', 'PWR', 'SYS']);

/** Apply a metadata instruction (already expanded); returns [classic text, BuildKit text]. */
export function applyMetadata(state: StageState, cmd: MetaCommand): [string, string] {
  const rc = state.runConfig;
  switch (cmd.kind) {
    case 'ENV': {
      let env = rc.Env ?? [];
      for (const kv of cmd.env) env = setEnv(env, kv.key, kv.value);
      rc.Env = env;
      const text = `ENV ${cmd.env.map((kv) => `${kv.key}=${kv.value}`).join(' ')}`;
      return [text, text];
    }
    case 'LABEL': {
      rc.Labels = { ...(rc.Labels ?? {}) };
      for (const kv of cmd.labels) rc.Labels[kv.key] = kv.value;
      const text = `LABEL ${cmd.labels.map((kv) => `${kv.key}=${kv.value}`).join(' ')}`;
      return [text, text];
    }
    case 'MAINTAINER':
      return [`MAINTAINER ${cmd.maintainer}`, `MAINTAINER ${cmd.maintainer}`];
    case 'CMD': {
      rc.Cmd = shellCmd(state, cmd);
      state.cmdSet = true;
      return [`CMD ${goQuoteList(rc.Cmd)}`, `CMD ${goQuoteList(rc.Cmd)}`];
    }
    case 'ENTRYPOINT': {
      rc.Entrypoint = cmd.cmdLine.length === 0 ? null : shellCmd(state, cmd);
      if (!state.cmdSet) rc.Cmd = null;
      const text = `ENTRYPOINT ${goQuoteList(rc.Entrypoint ?? [])}`;
      return [text, text];
    }
    case 'SHELL':
      rc.Shell = [...cmd.shell];
      return [`SHELL [${cmd.shell.join(' ')}]`, `SHELL ${goQuoteList(cmd.shell)}`];
    case 'USER':
      rc.User = cmd.user;
      return [`USER ${cmd.user}`, `USER ${cmd.user}`];
    case 'EXPOSE': {
      rc.ExposedPorts = { ...(rc.ExposedPorts ?? {}) };
      const keys: string[] = [];
      for (const p of cmd.ports) {
        const [port, proto = 'tcp'] = p.split('/');
        if (!/^\d+(-\d+)?$/.test(port)) throw invalidParameter(`invalid containerPort: ${port}`);
        const [a, b = a] = port.split('-').map(Number);
        for (let n = a; n <= b; n++) keys.push(`${n}/${proto.toLowerCase()}`);
      }
      for (const k of keys) rc.ExposedPorts[k] = {};
      return [`EXPOSE ${cmd.ports.join(' ')}`, `EXPOSE map[${[...new Set(keys)].sort().map((k) => `${k}:{}`).join(' ')}]`];
    }
    case 'VOLUME': {
      rc.Volumes = { ...(rc.Volumes ?? {}) };
      for (const v of cmd.volumes) {
        if (v.trim() === '') throw invalidParameter('VOLUME specified can not be an empty string');
        rc.Volumes[v] = {};
      }
      return [`VOLUME [${cmd.volumes.join(' ')}]`, `VOLUME [${cmd.volumes.join(' ')}]`];
    }
    case 'STOPSIGNAL': {
      const s = cmd.signal.toUpperCase().replace(/^SIG/, '');
      if (!/^\d+$/.test(cmd.signal) && !signals.has(s)) throw invalidParameter(`Invalid signal: ${cmd.signal}`);
      rc.StopSignal = cmd.signal;
      return [`STOPSIGNAL ${cmd.signal}`, `STOPSIGNAL ${cmd.signal}`];
    }
    case 'HEALTHCHECK': {
      const h = cmd.health;
      rc.Healthcheck = { Test: h.test, Interval: h.interval, Timeout: h.timeout, StartPeriod: h.startPeriod, StartInterval: h.startInterval, Retries: h.retries };
      const d = formatGoDuration;
      const text = `HEALTHCHECK &{[${h.test.join(' ')}] ${d(h.interval)} ${d(h.timeout)} ${d(h.startPeriod)} ${d(h.startInterval)} ${h.retries}}`;
      return [text, text];
    }
    case 'ONBUILD':
      rc.OnBuild = [...(rc.OnBuild ?? []), cmd.expression];
      return [`ONBUILD ${cmd.expression}`, `ONBUILD ${cmd.expression}`];
    case 'ARG': {
      const parts: string[] = [];
      for (const a of cmd.args) {
        state.args.addArg(a.key, a.value);
        parts.push(a.value === undefined ? a.key : `${a.key}=${a.value}`);
      }
      return [`ARG ${parts.join(' ')}`, `ARG ${parts.join(' ')}`];
    }
  }
}
