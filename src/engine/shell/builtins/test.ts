/**
 * `test expr` and `[ expr ]`: file tests (-e -f -d -s -r -w -x -L -h), string tests
 * (-n -z = != ==), integer comparisons (-eq … -ge), `!`, `( )`, `-a`, `-o`. Status 0 true,
 * 1 false, 2 for a malformed expression.
 */
import type { Stat } from '../../fs/types.ts';
import type { Program, ProcessContext } from '../../process/types.ts';
import { abs } from './support.ts';

class TestError extends Error {}

const unaryFile = new Set(['-e', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h', '-b', '-c', '-p', '-S']);
const integerOps = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge']);

function fileTest(ctx: ProcessContext, op: string, path: string): boolean {
  let stat: Stat;
  try {
    stat = op === '-L' || op === '-h' ? ctx.fs.lstat(abs(ctx, path)) : ctx.fs.stat(abs(ctx, path));
  } catch {
    return false;
  }
  switch (op) {
    case '-f':
      return stat.type === 'file';
    case '-d':
      return stat.type === 'dir';
    case '-s':
      return stat.size > 0;
    case '-L':
    case '-h':
      return stat.type === 'symlink';
    case '-x':
      return (stat.mode & 0o111) !== 0 || (ctx.uid === 0 && stat.type === 'dir');
    case '-b':
    case '-c':
    case '-p':
    case '-S':
      return false;
    default:
      return true;
  }
}

function integer(text: string): number {
  if (!/^\s*[-+]?[0-9]+\s*$/.test(text)) throw new TestError(`${text}: bad number`);
  return Number(text);
}

function evaluate(ctx: ProcessContext, args: string[]): boolean {
  let i = 0;
  const orExpr = (): boolean => {
    let value = andExpr();
    while (args[i] === '-o') {
      i++;
      const right = andExpr();
      value = value || right;
    }
    return value;
  };
  const andExpr = (): boolean => {
    let value = notExpr();
    while (args[i] === '-a') {
      i++;
      const right = notExpr();
      value = value && right;
    }
    return value;
  };
  const notExpr = (): boolean => {
    if (args[i] === '!' && i + 1 < args.length) {
      i++;
      return !notExpr();
    }
    return primary();
  };
  const primary = (): boolean => {
    const a = args[i];
    if (a === undefined) throw new TestError('argument expected');
    if (a === '(' && args.length - i > 2) {
      i++;
      const value = orExpr();
      if (args[i++] !== ')') throw new TestError("missing ')'");
      return value;
    }
    const op = args[i + 1];
    if (op !== undefined && i + 2 < args.length + 0 && args[i + 2] !== undefined && (['=', '==', '!=', '<', '>'].includes(op) || integerOps.has(op) || op === '-nt' || op === '-ot')) {
      const b = args[i + 2];
      i += 3;
      switch (op) {
        case '=':
        case '==':
          return a === b;
        case '!=':
          return a !== b;
        case '<':
          return a < b;
        case '>':
          return a > b;
        case '-eq':
          return integer(a) === integer(b);
        case '-ne':
          return integer(a) !== integer(b);
        case '-lt':
          return integer(a) < integer(b);
        case '-le':
          return integer(a) <= integer(b);
        case '-gt':
          return integer(a) > integer(b);
        case '-ge':
          return integer(a) >= integer(b);
        default: {
          const mtime = (p: string) => {
            try {
              return ctx.fs.stat(abs(ctx, p)).mtime;
            } catch {
              return undefined;
            }
          };
          const [ma, mb] = [mtime(a), mtime(b)];
          if (ma === undefined || mb === undefined) return false;
          return op === '-nt' ? ma > mb : ma < mb;
        }
      }
    }
    if (op !== undefined && (unaryFile.has(a) || a === '-n' || a === '-z')) {
      i += 2;
      if (a === '-n') return op !== '';
      if (a === '-z') return op === '';
      return fileTest(ctx, a, op);
    }
    i++;
    return a !== '';
  };
  const value = orExpr();
  if (i < args.length) throw new TestError(`${args[i]}: unknown operand`);
  return value;
}

export const test: Program = async (ctx) => {
  let args = ctx.argv.slice(1);
  const bracket = ctx.argv[0] === '[' || ctx.argv[0].endsWith('/[');
  if (bracket) {
    if (args[args.length - 1] !== ']') {
      ctx.stderr.write("[: missing ]\n");
      return 2;
    }
    args = args.slice(0, -1);
  }
  if (args.length === 0) return 1;
  try {
    return evaluate(ctx, args) ? 0 : 1;
  } catch (error) {
    if (!(error instanceof TestError)) throw error;
    ctx.stderr.write(`${bracket ? '[' : 'test'}: ${error.message}\n`);
    return 2;
  }
};
