/**
 * Word expansion in POSIX order: tilde, parameters, command substitution, arithmetic,
 * then field splitting on unquoted results, pathname expansion, and quote removal.
 * The expander knows nothing of how commands run; the interpreter supplies variables
 * and `$(…)` through ExpandHost.
 */
import type { ListNode, Word, WordPart } from './ast.ts';
import { evaluateArithmetic } from './arith.ts';
import { ExpansionError } from './errors.ts';
import { globPaths, hasGlobChars, matchPattern, patternSource } from './glob.ts';
import type { FileSystem } from '../fs/types.ts';

export interface ExpandHost {
  /** A variable or special parameter ($?, $#, $1…); undefined when unset. */
  lookup(name: string): string | undefined;
  assign(name: string, value: string): void;
  positionalParams(): string[];
  /** The elements of a bash array, or undefined when `name` is not one. */
  arrayValues?(name: string): string[] | undefined;
  commandSubstitution(body: ListNode): Promise<string>;
  readonly fs: FileSystem;
  readonly cwd: string;
  readonly noglob: boolean;
  readonly nounset: boolean;
}

interface Field {
  value: string;
  pattern: string;
  keep: boolean;
}

const globEscape = (text: string) => text.replace(/[\\*?[\]]/g, '\\$&');

class FieldBuilder {
  fields: Field[] = [];
  private current: Field = { value: '', pattern: '', keep: false };

  append(text: string, quoted: boolean): void {
    this.current.value += text;
    this.current.pattern += quoted ? globEscape(text) : text;
    if (quoted || text !== '') this.current.keep = true;
  }

  /** An unquoted expansion result: split on IFS. */
  appendSplit(text: string, ifs: string): void {
    if (ifs === '') return this.append(text, true);
    const pieces = splitIfs(text, ifs);
    pieces.forEach((piece, index) => {
      if (index > 0) this.break();
      if (piece !== '') this.append(piece, true);
    });
  }

  break(): void {
    if (this.current.keep) this.fields.push(this.current);
    this.current = { value: '', pattern: '', keep: false };
  }

  /** Start a new field that exists even if empty ("$@" elements). */
  forceKeep(): void {
    this.current.keep = true;
  }

  finish(): Field[] {
    this.break();
    return this.fields;
  }
}

/** Splits on IFS: whitespace runs collapse; leading/trailing whitespace yields empty edge pieces. */
function splitIfs(text: string, ifs: string): string[] {
  const chars = [...new Set(ifs)].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
  return text.split(new RegExp(`[${chars}]+`));
}

async function paramValue(host: ExpandHost, part: Extract<WordPart, { kind: 'param' }>): Promise<string | undefined> {
  const value = host.lookup(part.name);
  const op = part.op;
  if (!op) {
    if (value === undefined && host.nounset && !'@*'.includes(part.name)) throw new ExpansionError(`${part.name}: parameter not set`);
    return value;
  }
  const colon = op.startsWith(':');
  const missing = value === undefined || (colon && value === '');
  const arg = async () => (part.arg ? await expandString(host, part.arg) : '');
  switch (op) {
    case ':-':
    case '-':
      return missing ? arg() : value;
    case ':=':
    case '=': {
      if (!missing) return value;
      const assigned = await arg();
      host.assign(part.name, assigned);
      return assigned;
    }
    case ':?':
    case '?': {
      if (!missing) return value;
      const message = await arg();
      throw new ExpansionError(`${part.name}: ${message || 'parameter not set'}`);
    }
    case ':+':
    case '+':
      return missing ? '' : arg();
    case ':':
      return substring(host, value ?? '', part.arg ? await expandString(host, part.arg) : '');
    default: {
      const pattern = part.arg ? await expandPattern(host, part.arg) : '';
      return removePattern(value ?? '', pattern, op);
    }
  }
}

/** bash's `${x:offset}` and `${x:offset:length}`: arithmetic operands, negative ones count from the end. */
function substring(host: ExpandHost, value: string, spec: string): string {
  const vars = { get: (n: string) => host.lookup(n), set: (n: string, v: string) => host.assign(n, v) };
  const colon = spec.indexOf(':');
  let offset = evaluateArithmetic(colon < 0 ? spec : spec.slice(0, colon), vars);
  if (offset < 0) offset = Math.max(0, value.length + offset);
  if (colon < 0) return value.slice(offset);
  const length = evaluateArithmetic(spec.slice(colon + 1), vars);
  return length < 0 ? value.slice(offset, Math.max(offset, value.length + length)) : value.slice(offset, offset + length);
}

/** `name[@]` / `name[*]`: the array whose elements expand like "$@" and "$*". */
function wholeArray(host: ExpandHost, name: string): { values: string[]; star: boolean } | undefined {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\[([@*])\]$/.exec(name);
  if (!m) return undefined;
  return { values: host.arrayValues?.(m[1]) ?? (host.lookup(m[1]) === undefined ? [] : [host.lookup(m[1])!]), star: m[2] === '*' };
}

function removePattern(value: string, pattern: string, op: string): string {
  const re = new RegExp(`^${patternSource(pattern)}$`);
  const lengths = [...Array(value.length + 1).keys()];
  if (op === '##' || op === '%%') lengths.reverse();
  for (const n of lengths) {
    if (op.startsWith('#') && re.test(value.slice(0, n))) return value.slice(n);
    if (op.startsWith('%') && re.test(value.slice(value.length - n))) return value.slice(0, value.length - n);
  }
  return value;
}

async function expandInto(host: ExpandHost, parts: WordPart[], out: FieldBuilder, split: boolean): Promise<void> {
  const ifs = host.lookup('IFS') ?? ' \t\n';
  for (const part of parts) {
    if (part.kind === 'text') {
      out.append(part.text, part.quoted);
      continue;
    }
    if (part.kind === 'tilde') {
      out.append(part.user === '' ? (host.lookup('HOME') ?? '~') : part.user === 'root' ? '/root' : `~${part.user}`, true);
      continue;
    }
    const array = part.kind === 'param' && !part.op ? wholeArray(host, part.name) : undefined;
    if (part.kind === 'param' && (part.name === '@' || part.name === '*' || array) && !part.op) {
      const params = array ? array.values : host.positionalParams();
      const star = array ? array.star : part.name === '*';
      if ((part.quoted && star) || !split) out.append(params.join(star ? ifs.slice(0, 1) : ' '), true);
      else
        params.forEach((param, index) => {
          if (index > 0) out.break();
          if (part.quoted) {
            out.forceKeep();
            out.append(param, true);
          } else if (split) out.appendSplit(param, ifs);
          else out.append(param, true);
        });
      continue;
    }
    let value: string;
    if (part.kind === 'param') value = (await paramValue(host, part)) ?? '';
    else if (part.kind === 'length') value = String(wholeArray(host, part.name)?.values.length ?? (host.lookup(part.name) ?? '').length);
    else if (part.kind === 'command') value = await host.commandSubstitution(part.body);
    else value = String(evaluateArithmetic(await expandString(host, part.expr), { get: (n) => host.lookup(n), set: (n, v) => host.assign(n, v) }));
    if (part.quoted || !split) out.append(value, true);
    else out.appendSplit(value, ifs);
  }
}

/** Full expansion of command words: fields, split and globbed. */
export async function expandWords(host: ExpandHost, words: Word[]): Promise<string[]> {
  const result: string[] = [];
  for (const word of words) {
    const builder = new FieldBuilder();
    await expandInto(host, word.parts, builder, true);
    for (const field of builder.finish()) {
      if (!host.noglob && hasGlobChars(field.pattern)) {
        const matches = globPaths(host.fs, host.cwd, field.pattern);
        if (matches.length > 0) {
          result.push(...matches);
          continue;
        }
      }
      result.push(field.value);
    }
  }
  return result;
}

/** Expansion without splitting or globbing: assignments, redirection targets, here-documents. */
export async function expandString(host: ExpandHost, word: Word): Promise<string> {
  const builder = new FieldBuilder();
  await expandInto(host, word.parts, builder, false);
  return builder.finish().map((f) => f.value).join('');
}

/** Expansion to a pattern: quoted characters escaped, unquoted glob characters active. */
export async function expandPattern(host: ExpandHost, word: Word): Promise<string> {
  const builder = new FieldBuilder();
  for (const part of word.parts) {
    if (part.kind === 'text' && !part.quoted) builder.append(part.text, false);
    else await expandInto(host, [part], builder, false);
  }
  return builder.finish().map((f) => f.pattern).join('');
}

export { matchPattern };
