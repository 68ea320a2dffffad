/**
 * `find [-L] [path…] [expression]`: walk directory trees and evaluate find's expression
 * (find-expr.ts) on each entry, busybox-style: tests (`-name`, `-type`, `-user`,
 * `-perm`…), actions (`-print`, `-quit`, `-exec cmd {} ;`, `-exec cmd {} +`, `-delete`),
 * operators, and `-follow` to walk through symlinks.
 */
import { join } from '../../fs/path.ts';
import type { Stat } from '../../fs/types.ts';
import type { Program, ProcessContext } from '../../process/types.ts';
import { matchPattern } from '../glob.ts';
import { FindSyntaxError, parseFindExpression } from './find-expr.ts';
import type { FindExpression, FindNode } from './find-expr.ts';
import { readDb } from './format.ts';
import { abs, errorText, fail } from './support.ts';

interface Entry {
  path: string;
  shown: string;
  name: string;
  stat: Stat;
}

class Walk {
  quit = false;
  status = 0;
  batches = new Map<FindNode, string[]>();

  constructor(
    readonly ctx: ProcessContext,
    readonly expr: FindExpression,
  ) {}

  stat(path: string): Stat {
    if (!this.expr.follow) return this.ctx.fs.lstat(path);
    try {
      return this.ctx.fs.stat(path);
    } catch {
      return this.ctx.fs.lstat(path);
    }
  }

  async visit(path: string, shown: string, depth: number): Promise<void> {
    const stat = this.stat(path);
    const name = shown.replace(/\/+$/, '').slice(shown.replace(/\/+$/, '').lastIndexOf('/') + 1) || shown;
    let prune = false;
    if (depth >= this.expr.minDepth) {
      const entry = { path, shown, name, stat };
      const matched = this.expr.root ? await this.evaluate(this.expr.root, entry, () => (prune = true)) : true;
      if (matched && this.expr.implicitPrint) this.ctx.stdout.write(shown + '\n');
    }
    if (this.quit || prune || depth >= this.expr.maxDepth || stat.type !== 'dir') return;
    for (const child of this.ctx.fs.readdir(path)) {
      await this.visit(join(path, child), shown.endsWith('/') ? shown + child : `${shown}/${child}`, depth + 1);
      if (this.quit) return;
    }
  }

  async evaluate(node: FindNode, entry: Entry, prune: () => void): Promise<boolean> {
    switch (node.kind) {
      case 'and':
        return (await this.evaluate(node.left, entry, prune)) && this.evaluate(node.right, entry, prune);
      case 'or':
        return (await this.evaluate(node.left, entry, prune)) || this.evaluate(node.right, entry, prune);
      case 'not':
        return !(await this.evaluate(node.operand, entry, prune));
      case 'test':
        return this.test(node.name, node.value, entry);
      case 'exec': {
        if (node.batch) {
          const list = this.batches.get(node) ?? [];
          list.push(entry.shown);
          this.batches.set(node, list);
          return true;
        }
        const status = await this.ctx.spawn(node.argv.map((arg) => arg.replaceAll('{}', entry.shown)));
        return status === 0;
      }
      case 'action':
        if (node.name === 'print') this.ctx.stdout.write(entry.shown + '\n');
        else if (node.name === 'quit') this.quit = true;
        else if (node.name === 'prune') prune();
        else this.ctx.fs.rm(entry.path, { recursive: false, force: true });
        return true;
    }
  }

  test(name: string, value: string, entry: Entry): boolean {
    const { stat } = entry;
    switch (name) {
      case '-name':
        return matchPattern(value, entry.name);
      case '-iname':
        return matchPattern(value.toLowerCase(), entry.name.toLowerCase());
      case '-path':
        return matchPattern(value, entry.shown);
      case '-ipath':
        return matchPattern(value.toLowerCase(), entry.shown.toLowerCase());
      case '-type':
        return stat.type === ({ f: 'file', d: 'dir', l: 'symlink' } as Record<string, string>)[value];
      case '-user':
      case '-uid':
        return stat.uid === idOf(this.ctx, 'passwd', value);
      case '-group':
      case '-gid':
        return stat.gid === idOf(this.ctx, 'group', value);
      case '-perm':
        return permMatches(value, stat.mode);
      case '-newer':
        return stat.mtime > this.ctx.fs.stat(abs(this.ctx, value)).mtime;
      case '-size':
        return sizeMatches(value, stat.size);
      case '-empty':
        return stat.type === 'dir' ? this.ctx.fs.readdir(entry.path).length === 0 : stat.size === 0;
      case '-false':
        return false;
      default:
        return true;
    }
  }

  async flush(): Promise<void> {
    for (const [node, paths] of this.batches) {
      if (node.kind !== 'exec' || paths.length === 0) continue;
      const at = node.argv.indexOf('{}');
      const status = await this.ctx.spawn([...node.argv.slice(0, at), ...paths, ...node.argv.slice(at + 1)]);
      if (status !== 0) this.status = 1;
    }
  }
}

function idOf(ctx: ProcessContext, file: 'passwd' | 'group', value: string): number {
  if (/^\d+$/.test(value)) return Number(value);
  const found = readDb(ctx, file).find((entry) => entry[0] === value);
  return found ? Number(found[2]) : -1;
}

function permMatches(spec: string, mode: number): boolean {
  const bits = parseInt(spec.replace(/^[-/]/, ''), 8);
  if (spec.startsWith('-')) return (mode & bits) === bits;
  if (spec.startsWith('/')) return bits === 0 || (mode & bits) !== 0;
  return (mode & 0o7777) === bits;
}

function sizeMatches(spec: string, size: number): boolean {
  const m = /^([-+]?)(\d+)([ckMG]?)$/.exec(spec);
  if (!m) return false;
  const unit = { '': 512, c: 1, k: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[3]] ?? 1;
  const blocks = Math.ceil(size / unit);
  const n = Number(m[2]);
  return m[1] === '+' ? blocks > n : m[1] === '-' ? blocks < n : blocks === n;
}

export const find: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  let follow = false;
  while (args[0] === '-L' || args[0] === '-H' || args[0] === '-P') follow = args.shift() === '-L' || follow;
  const roots: string[] = [];
  while (args.length > 0 && !args[0].startsWith('-') && args[0] !== '!' && args[0] !== '(') roots.push(args.shift()!);
  let expr: FindExpression;
  try {
    expr = parseFindExpression(args);
  } catch (error) {
    if (!(error instanceof FindSyntaxError)) throw error;
    fail(ctx, error.message);
    return 1;
  }
  expr.follow ||= follow;
  const walk = new Walk(ctx, expr);
  for (const root of roots.length > 0 ? roots : ['.']) {
    try {
      ctx.fs.lstat(abs(ctx, root));
      await walk.visit(abs(ctx, root), root, 0);
    } catch (error) {
      fail(ctx, `${root}: ${errorText(error)}`);
      walk.status = 1;
    }
    if (walk.quit) break;
  }
  await walk.flush();
  return walk.status;
};
