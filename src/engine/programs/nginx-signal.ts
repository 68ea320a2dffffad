/**
 * `nginx -s stop|quit|reopen|reload`: the nginx binary as a client of the running
 * master. It reads the master's pid from the `pid` file of nginx.conf and sends the
 * matching signal (`docker exec web nginx -s reload` is how a config change is applied).
 */
import type { ProcessContext, Signal } from '../process/types.ts';
import { readTextOrUndefined } from './files.ts';

const signals: Record<string, Signal> = { stop: 'SIGTERM', quit: 'SIGQUIT', reopen: 'SIGUSR1', reload: 'SIGHUP' };

/** The `pid` directive of nginx.conf, or nginx's compiled-in default. */
export function pidPath(conf: string): string {
  return /^\s*pid\s+(\S+?)\s*;/m.exec(conf)?.[1] ?? '/var/run/nginx.pid';
}

/** Returns the exit status, printing nginx's own errors. */
export function sendSignal(ctx: ProcessContext, conf: string, name: string): number {
  const signal = signals[name];
  if (signal === undefined) {
    ctx.stderr.write(`nginx: invalid option: "-s ${name}"\n`);
    return 1;
  }
  const path = pidPath(conf);
  const text = readTextOrUndefined(ctx.fs, path);
  if (text === undefined) {
    ctx.stderr.write(`nginx: [error] open() "${path}" failed (2: No such file or directory)\n`);
    return 1;
  }
  const pid = Number(text.trim());
  if (!ctx.signalProcess?.(pid, signal)) {
    ctx.stderr.write(`nginx: [alert] kill(${pid}, ${signalNumberOf(signal)}) failed (3: No such process)\n`);
    return 1;
  }
  return 0;
}

function signalNumberOf(signal: Signal): number {
  return { SIGTERM: 15, SIGQUIT: 3, SIGUSR1: 10, SIGHUP: 1 }[signal as 'SIGTERM' | 'SIGQUIT' | 'SIGUSR1' | 'SIGHUP'];
}
