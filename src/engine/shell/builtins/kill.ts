/** `kill [-s SIG | -SIG | -n] pid…` and `kill -l`: signal processes of this container. */
import { signalNumbers } from '../../process/types.ts';
import type { Program, Signal } from '../../process/types.ts';

function parseSignal(text: string): Signal | undefined {
  if (/^[0-9]+$/.test(text)) return (Object.keys(signalNumbers) as Signal[]).find((s) => signalNumbers[s] === Number(text));
  const upper = text.toUpperCase();
  const withPrefix = (upper.startsWith('SIG') ? upper : `SIG${upper}`) as Signal;
  return withPrefix in signalNumbers ? withPrefix : undefined;
}

export const kill: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args[0] === '-l') {
    ctx.stdout.write((Object.keys(signalNumbers) as Signal[]).map((s) => s.slice(3)).join(' ') + '\n');
    return 0;
  }
  let signal: Signal = 'SIGTERM';
  if (args[0] === '-s' || args[0] === '-n') {
    args.shift();
    const parsed = parseSignal(args.shift() ?? '');
    if (!parsed) {
      ctx.stderr.write('kill: bad signal name\n');
      return 1;
    }
    signal = parsed;
  } else if (args[0]?.startsWith('-') && args[0] !== '--') {
    const parsed = parseSignal(args.shift()!.slice(1));
    if (!parsed) {
      ctx.stderr.write('kill: bad signal name\n');
      return 1;
    }
    signal = parsed;
  }
  if (args[0] === '--') args.shift();
  if (args.length === 0) {
    ctx.stderr.write('kill: usage: kill [-s SIGNAL | -SIGNAL] PID...\n');
    return 1;
  }
  let status = 0;
  for (const arg of args) {
    const pid = Number(arg);
    if (!Number.isInteger(pid)) {
      ctx.stderr.write(`kill: invalid number '${arg}'\n`);
      status = 1;
    } else if (!ctx.signalProcess?.(pid, signal)) {
      ctx.stderr.write(`kill: can't kill pid ${pid}: No such process\n`);
      status = 1;
    }
  }
  return status;
};
