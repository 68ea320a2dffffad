/**
 * `awk [-F fs] [-v var=value] 'program' [file…]` (busybox's and POSIX awk's common
 * ground): parse (parser.ts), then run over the files or stdin (interp.ts). Output
 * redirection inside the program and getline are not simulated.
 */
import type { Program } from '../../../process/types.ts';
import { AwkSyntaxError } from './lexer.ts';
import { parseAwk } from './parser.ts';
import { AwkBudget, AwkInterpreter } from './interp.ts';
import { linesOf, readInputs } from '../support.ts';

export const awk: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const assigns: [string, string][] = [];
  let fs: string | undefined;
  let source: string | undefined;
  while (args.length > 0 && args[0].startsWith('-') && args[0] !== '-') {
    const option = args.shift()!;
    if (option === '--') break;
    if (option.startsWith('-F')) fs = option.length > 2 ? option.slice(2) : args.shift();
    else if (option.startsWith('-v')) {
      const assignment = option.length > 2 ? option.slice(2) : (args.shift() ?? '');
      const eq = assignment.indexOf('=');
      assigns.push([assignment.slice(0, eq), assignment.slice(eq + 1)]);
    } else if (option === '-f') {
      const file = args.shift() ?? '';
      source = ctx.fs.exists(file) ? ctx.fs.readText(file) : undefined;
    } else {
      ctx.stderr.write(`awk: unrecognized option: ${option.slice(1)}\n`);
      return 1;
    }
  }
  source ??= args.shift();
  if (source === undefined) {
    ctx.stderr.write('Usage: awk [OPTIONS] [AWK_PROGRAM] [FILE]...\n');
    return 1;
  }
  let interpreter: AwkInterpreter;
  try {
    interpreter = new AwkInterpreter(parseAwk(source), ctx.env, (text) => ctx.stdout.write(text));
  } catch (error) {
    if (!(error instanceof AwkSyntaxError)) throw error;
    ctx.stderr.write(`awk: cmd. line:1: ${error.message}\n`);
    return 2;
  }
  if (fs !== undefined) interpreter.vars.set('FS', fs === 't' ? '\t' : fs);
  for (const [name, value] of assigns) interpreter.vars.set(name, value);
  const files = args.filter((a) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(a));
  const needsInput = interpreter.program.rules.length > 0 || interpreter.program.end.length > 0;
  const records: string[] = [];
  let status = 0;
  if (needsInput) status = await readInputs(ctx, files, (text) => void records.push(...linesOf(text)));
  try {
    const exit = interpreter.run(() => records);
    return exit || status;
  } catch (error) {
    if (error instanceof AwkBudget) {
      ctx.stderr.write('dockyard: awk used its CPU budget without pausing and was stopped\n');
      return 137;
    }
    if (error instanceof SyntaxError) {
      ctx.stderr.write(`awk: cmd. line:1: bad regex: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
};
