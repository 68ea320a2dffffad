/**
 * `find`'s expression language, parsed into a tree of tests and actions: primaries
 * (`-name`, `-type`, `-user`, `-print`, `-quit`, `-exec … ;` / `+` …), `!`/`-not`,
 * implicit and explicit `-a`, `-o`, and parentheses. Global options (`-maxdepth`,
 * `-mindepth`, `-follow`) are collected beside it. Evaluation lives in find.ts.
 */

export type FindNode =
  | { kind: 'and' | 'or'; left: FindNode; right: FindNode }
  | { kind: 'not'; operand: FindNode }
  | { kind: 'test'; name: string; value: string }
  | { kind: 'exec'; argv: string[]; batch: boolean }
  | { kind: 'action'; name: 'print' | 'quit' | 'delete' | 'prune' };

export interface FindExpression {
  root: FindNode | undefined;
  maxDepth: number;
  minDepth: number;
  follow: boolean;
  /** False when the expression has an action of its own (no implicit -print). */
  implicitPrint: boolean;
}

const valueTests = new Set(['-name', '-iname', '-path', '-ipath', '-type', '-user', '-group', '-perm', '-newer', '-uid', '-gid', '-size']);
const flagTests = new Set(['-empty', '-true', '-false', '-readable', '-writable', '-executable']);

/** Parse find's arguments after the paths; throws FindSyntaxError with busybox's wording. */
export function parseFindExpression(args: string[]): FindExpression {
  const expr: FindExpression = { root: undefined, maxDepth: Infinity, minDepth: 0, follow: false, implicitPrint: true };
  let pos = 0;
  const primary = (): FindNode | undefined => {
    const arg = args[pos++];
    if (arg === '(') {
      const inner = or();
      if (args[pos++] !== ')') throw new FindSyntaxError('missing )');
      return inner;
    }
    if (arg === '!' || arg === '-not') return { kind: 'not', operand: primary() ?? { kind: 'test', name: '-true', value: '' } };
    if (arg === '-maxdepth' || arg === '-mindepth') {
      const n = Number(args[pos++]);
      if (arg === '-maxdepth') expr.maxDepth = n;
      else expr.minDepth = n;
      return undefined;
    }
    if (arg === '-follow' || arg === '-L' || arg === '-xdev' || arg === '-depth') {
      if (arg === '-follow') expr.follow = true;
      return undefined;
    }
    if (arg === '-print' || arg === '-quit' || arg === '-delete' || arg === '-prune') {
      if (arg !== '-prune') expr.implicitPrint = false;
      return { kind: 'action', name: arg.slice(1) as 'print' | 'quit' | 'delete' | 'prune' };
    }
    if (arg === '-exec') {
      const argv: string[] = [];
      while (pos < args.length && args[pos] !== ';' && !(args[pos] === '+' && argv[argv.length - 1] === '{}')) argv.push(args[pos++]);
      const end = args[pos++];
      if (end === undefined || argv.length === 0) throw new FindSyntaxError('-exec requires an argument');
      expr.implicitPrint = false;
      return { kind: 'exec', argv, batch: end === '+' };
    }
    if (valueTests.has(arg)) {
      const value = args[pos++];
      if (value === undefined) throw new FindSyntaxError(`${arg} requires an argument`);
      return { kind: 'test', name: arg, value };
    }
    if (flagTests.has(arg)) return { kind: 'test', name: arg, value: '' };
    throw new FindSyntaxError(`unrecognized: ${arg}`);
  };
  const and = (): FindNode | undefined => {
    let left: FindNode | undefined;
    while (pos < args.length && args[pos] !== ')' && args[pos] !== '-o' && args[pos] !== '-or') {
      if (args[pos] === '-a' || args[pos] === '-and') {
        pos++;
        continue;
      }
      const right = primary();
      if (right) left = left ? { kind: 'and', left, right } : right;
    }
    return left;
  };
  const or = (): FindNode | undefined => {
    let left = and();
    while (args[pos] === '-o' || args[pos] === '-or') {
      pos++;
      const right = and();
      if (left && right) left = { kind: 'or', left, right };
      else left ??= right;
    }
    return left;
  };
  expr.root = or();
  if (pos < args.length) throw new FindSyntaxError(`unrecognized: ${args[pos]}`);
  return expr;
}

export class FindSyntaxError extends Error {}
