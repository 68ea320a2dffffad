/**
 * Every operation the sandbox may ask of the engine (`__host(op, …)`), gathered for
 * one node process: output, the virtual clock, exit and uncaught errors, the process's
 * identity and cwd, signals, compiling modules, built-in sources, the filesystem
 * (fs-ops.ts) and the network (http-bridge.ts). Nothing else reaches the engine.
 */
import { kernelRelease } from '../machine.ts';
import type { Signal } from '../../process/types.ts';
import { signalNumbers } from '../../process/types.ts';
import type { NodeProcess } from './event-loop.ts';
import { fsOps, toBinary } from './fs-ops.ts';
import { httpOps } from './http-bridge.ts';
import { builtinSources } from './lib/index.ts';
import { HostError, type HostOp } from './sandbox.ts';

export function hostOps(proc: NodeProcess, argv: string[], version: string): Record<string, HostOp> {
  const { ctx } = proc;
  const handled = new Set<string>();
  return {
    write: (fd, data) => proc.write(Number(fd), String(data)),
    now: () => ctx.clock.now(),
    seed: () => ctx.pid * 2654435761 + ctx.clock.now(),
    exit: (status) => proc.exit(Number(status) & 255),
    fatal: (report) => {
      proc.write(2, toBinary(new TextEncoder().encode(String(report))));
      proc.exit(1);
    },
    processInfo: () => JSON.stringify({ argv, env: ctx.env, pid: ctx.pid, ppid: 0, version: `v${version}` }),
    cwd: () => ctx.cwd,
    chdir: (dir) => {
      const path = String(dir).startsWith('/') ? String(dir) : `${ctx.cwd === '/' ? '' : ctx.cwd}/${String(dir)}`;
      if (!ctx.fs.exists(path) || ctx.fs.stat(path).type !== 'dir') throw new HostError(`ENOENT: no such file or directory, chdir '${ctx.cwd}' -> '${String(dir)}'`, { code: 'ENOENT', errno: -2, syscall: 'chdir' });
      ctx.cwd = ctx.fs.realpath(path);
    },
    hostname: () => ctx.hostname,
    uid: () => ctx.uid,
    gid: () => ctx.gid,
    kernelRelease: () => kernelRelease,
    memory: () => {
      const usage = proc.sandbox.runtime.computeMemoryUsage();
      const used = proc.sandbox.vm.dump(usage) as { memory_used_size?: number };
      usage.dispose();
      return JSON.stringify({ used: used.memory_used_size ?? 0, limit: 64 * 1024 * 1024 });
    },
    signal: (name) => {
      const signal = String(name) as Signal;
      if (handled.has(signal) || !(signal in signalNumbers)) return;
      handled.add(signal);
      ctx.onSignal(signal, () => {
        proc.enter(() => proc.settle(proc.sandbox.call('signal', signal)));
        proc.wake();
      });
    },
    kill: (pid, name) => {
      const signal = (typeof name === 'number' ? Object.keys(signalNumbers).find((k) => signalNumbers[k as Signal] === name) : String(name)) as Signal;
      if (!ctx.signalProcess?.(Number(pid), signal)) throw new HostError('kill ESRCH', { code: 'ESRCH', errno: -3, syscall: 'kill' });
      return true;
    },
    builtin: (name) => builtinSources[String(name)],
    compile: (source, filename) => proc.sandbox.compileModule(String(source), String(filename)),
    evalScript: (source, filename) => proc.sandbox.evalScript(String(source), String(filename)),
    ...fsOps(ctx.fs, () => ctx.cwd),
    ...httpOps(proc),
  };
}
