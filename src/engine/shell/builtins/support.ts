/**
 * What the coreutils share: option parsing in the getopt style busybox uses (`-la`,
 * `-n 5`, `-n5`, `--`), paths resolved from the cwd, busybox-style error lines, and
 * reading files-or-stdin.
 */
import { FsError } from '../../fs/types.ts';
import { resolve } from '../../fs/path.ts';
import { readAll } from '../../process/streams.ts';
import type { ProcessContext } from '../../process/types.ts';

export interface ParsedArgs {
  flags: Set<string>;
  values: Map<string, string>;
  operands: string[];
  /** The first unknown option letter, if any. */
  bad?: string;
}

/** `letters`: boolean options; `withValue`: options taking an argument. Numeric `-5` becomes `-n 5` if `numeric` is set. */
export function parseArgs(args: string[], letters: string, withValue = '', numeric?: string): ParsedArgs {
  const parsed: ParsedArgs = { flags: new Set(), values: new Map(), operands: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      parsed.operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.operands.push(arg);
      continue;
    }
    if (numeric && /^-[0-9]+$/.test(arg)) {
      parsed.values.set(numeric, arg.slice(1));
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j];
      if (withValue.includes(letter)) {
        parsed.values.set(letter, arg.length > j + 1 ? arg.slice(j + 1) : (args[++i] ?? ''));
        break;
      }
      if (!letters.includes(letter)) {
        parsed.bad ??= letter;
        continue;
      }
      parsed.flags.add(letter);
    }
  }
  return parsed;
}

export function abs(ctx: ProcessContext, path: string): string {
  return resolve(ctx.cwd, path);
}

export function fail(ctx: ProcessContext, message: string): void {
  ctx.stderr.write(`${name(ctx)}: ${message}\n`);
}

/** The applet's name as invoked (`ls` for `/bin/ls`). */
export function name(ctx: ProcessContext): string {
  const argv0 = ctx.argv[0] ?? '';
  return argv0.slice(argv0.lastIndexOf('/') + 1);
}

export function badOption(ctx: ProcessContext, letter: string): number {
  fail(ctx, `unrecognized option: ${letter}`);
  return 1;
}

export function errorText(error: unknown): string {
  if (error instanceof FsError) return error.message;
  throw error;
}

/** Reads each operand (or stdin for none or `-`); a missing file prints `can't open` and makes the status 1. */
export async function readInputs(ctx: ProcessContext, operands: string[], each: (text: string, file: string) => void | Promise<void>): Promise<number> {
  let status = 0;
  for (const file of operands.length === 0 ? ['-'] : operands) {
    let text: string;
    if (file === '-') text = new TextDecoder().decode(await readAll(ctx.stdin));
    else {
      try {
        const path = abs(ctx, file);
        if (ctx.fs.stat(path).type === 'dir') {
          fail(ctx, `read error: Is a directory`);
          status = 1;
          continue;
        }
        text = ctx.fs.readText(path);
      } catch (error) {
        fail(ctx, `can't open '${file}': ${errorText(error)}`);
        status = 1;
        continue;
      }
    }
    await each(text, file);
  }
  return status;
}

/** Lines of a text, without the empty piece after a final newline. */
export function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
