/**
 * Command-line flags the way spf13/pflag parses them for the docker CLI: combined
 * shorthands (`-it`), `--name=x` and `--name x`, `-p8080:80`, booleans that take no
 * argument unless written `--rm=false`, `--` ending flags, and interspersed positional
 * arguments unless a command (run, create, exec) turns that off. Error texts are
 * pflag's, word for word; the caller wraps them with usage (cli.FlagErrorFunc).
 */

/** One flag as a command declares it; `type` is pflag's type name shown in help. */
export interface FlagSpec {
  long: string;
  short?: string;
  /** `bool`, `string`, `int`, `list`, `map`, `filter`, `bytes`, `duration`, … */
  type: string;
  usage: string;
  /** DefValue as pflag prints it in `(default …)`; omitted means the zero value. */
  def?: string;
  hidden?: boolean;
}

/** The kinds of value storage; every `list`-like type accumulates. */
const multiTypes = new Set(['list', 'map', 'filter', 'ulimit', 'mount', 'gpu-request', 'stringArray', 'strings', 'stringSlice', 'annotations', 'pool']);
const intTypes = new Set(['int', 'int64', 'uint16', 'uint64', 'uint', 'int32']);

export class FlagError extends Error {
  /** `help` marks `--help` / `-h`, which is not an error but shares the early exit. */
  constructor(
    message: string,
    readonly help = false,
  ) {
    super(message);
  }
}

export class ParsedFlags {
  readonly values = new Map<string, string | string[] | boolean>();
  readonly args: string[] = [];
  /** Deprecation notices pflag prints while parsing (`-h`). */
  readonly notices: string[] = [];

  constructor(readonly specs: FlagSpec[]) {}

  has(long: string): boolean {
    return this.values.has(long);
  }
  bool(long: string): boolean {
    const v = this.values.get(long);
    if (v === undefined) return this.spec(long)?.def === 'true';
    return v === true;
  }
  string(long: string): string {
    const v = this.values.get(long);
    if (typeof v === 'string') return v;
    const def = this.spec(long)?.def;
    return def ?? '';
  }
  int(long: string): number {
    return Number(this.string(long) || '0');
  }
  list(long: string): string[] {
    const v = this.values.get(long);
    return Array.isArray(v) ? v : [];
  }
  private spec(long: string) {
    return this.specs.find((s) => s.long === long);
  }
}

function flagDisplayName(spec: FlagSpec): string {
  return spec.short ? `-${spec.short}, --${spec.long}` : `--${spec.long}`;
}

function parseBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}

function setValue(out: ParsedFlags, spec: FlagSpec, value: string): void {
  const invalid = (why: string) => new FlagError(`invalid argument ${JSON.stringify(value)} for ${JSON.stringify(flagDisplayName(spec))} flag: ${why}`);
  if (spec.type === 'bool') {
    const b = parseBool(value);
    if (b === undefined) throw invalid(`strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax`);
    out.values.set(spec.long, b);
  } else if (intTypes.has(spec.type)) {
    if (!/^[+-]?\d+$/.test(value)) throw invalid(`strconv.Parse${spec.type.startsWith('u') ? 'Uint' : 'Int'}: parsing ${JSON.stringify(value)}: invalid syntax`);
    out.values.set(spec.long, String(Number(value)));
  } else if (multiTypes.has(spec.type)) {
    const prev = out.values.get(spec.long);
    out.values.set(spec.long, [...(Array.isArray(prev) ? prev : []), value]);
  } else {
    out.values.set(spec.long, value);
  }
}

/**
 * Parses `argv` against `specs`. With `interspersed` false (docker run/create/exec),
 * the first positional argument ends flag parsing.
 * @example parseFlags(['-it', 'alpine', 'sh'], runFlags, false).args // ['alpine', 'sh']
 */
export function parseFlags(argv: string[], specs: FlagSpec[], interspersed = true): ParsedFlags {
  const out = new ParsedFlags(specs);
  const byLong = new Map(specs.map((s) => [s.long, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));
  const args = [...argv];
  while (args.length > 0) {
    const s = args.shift() as string;
    if (s.length < 2 || s[0] !== '-') {
      out.args.push(s);
      if (!interspersed) {
        out.args.push(...args);
        break;
      }
      continue;
    }
    if (s === '--') {
      out.args.push(...args);
      break;
    }
    if (s[1] === '-') parseLong(s, args, out, byLong);
    else parseShorts(s.slice(1), args, out, byShort);
  }
  return out;
}

function parseLong(s: string, args: string[], out: ParsedFlags, byLong: Map<string, FlagSpec>): void {
  const body = s.slice(2);
  if (body.length === 0 || body[0] === '-' || body[0] === '=') throw new FlagError(`bad flag syntax: ${s}`);
  const eq = body.indexOf('=');
  const name = eq >= 0 ? body.slice(0, eq) : body;
  const spec = byLong.get(name);
  if (!spec) {
    if (name === 'help') throw new FlagError('help', true);
    throw new FlagError(`unknown flag: --${name}`);
  }
  if (eq >= 0) setValue(out, spec, body.slice(eq + 1));
  else if (spec.type === 'bool') setValue(out, spec, 'true');
  else if (args.length > 0) setValue(out, spec, args.shift() as string);
  else throw new FlagError(`flag needs an argument: ${s}`);
}

function parseShorts(shorthands: string, args: string[], out: ParsedFlags, byShort: Map<string, FlagSpec>): void {
  while (shorthands.length > 0) {
    const c = shorthands[0];
    const spec = byShort.get(c);
    if (!spec) {
      if (c === 'h') {
        out.notices.push('Flag shorthand -h has been deprecated, use --help');
        throw new FlagError('help', true);
      }
      throw new FlagError(`unknown shorthand flag: '${c}' in -${shorthands}`);
    }
    if (shorthands.length > 2 && shorthands[1] === '=') {
      setValue(out, spec, shorthands.slice(2));
      return;
    }
    if (spec.type === 'bool') {
      setValue(out, spec, 'true');
      shorthands = shorthands.slice(1);
      continue;
    }
    if (shorthands.length > 1) {
      setValue(out, spec, shorthands.slice(1));
      return;
    }
    if (args.length === 0) throw new FlagError(`flag needs an argument: '${c}' in -${shorthands}`);
    setValue(out, spec, args.shift() as string);
    return;
  }
}
