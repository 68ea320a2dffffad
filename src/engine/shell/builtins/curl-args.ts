/**
 * curl's command line as learners write it: bundled short flags (`-fsSL`), values
 * attached or separate (`-XPOST`, `-X POST`, `--request=POST`), repeated `-H` and
 * `-d`, and URLs anywhere. Unknown options are curl's usage error (exit 2).
 */

export interface CurlOptions {
  urls: string[];
  silent: boolean;
  showError: boolean;
  include: boolean;
  head: boolean;
  verbose: boolean;
  fail: boolean;
  location: boolean;
  remoteName: boolean;
  method?: string;
  output?: string;
  userAgent?: string;
  /** `-w` format: `%{http_code}` and friends, `\n`. */
  writeOut?: string;
  headers: string[];
  data: string[];
}

/** Short flags without a value, by letter, and the long names they share a field with. */
const flags: Record<string, keyof CurlOptions> = {
  s: 'silent', S: 'showError', i: 'include', I: 'head', v: 'verbose', f: 'fail', L: 'location', O: 'remoteName',
  silent: 'silent', 'show-error': 'showError', include: 'include', head: 'head', verbose: 'verbose', fail: 'fail', location: 'location', 'remote-name': 'remoteName',
};
/** Options taking a value. */
const valued: Record<string, string> = {
  X: 'method', o: 'output', H: 'header', d: 'data', A: 'user-agent', m: 'ignore', u: 'ignore', e: 'ignore', w: 'write-out',
  request: 'method', output: 'output', header: 'header', data: 'data', 'data-raw': 'data', 'data-binary': 'data', 'data-ascii': 'data',
  'user-agent': 'user-agent', 'max-time': 'ignore', 'connect-timeout': 'ignore', retry: 'ignore', user: 'ignore', referer: 'ignore', 'write-out': 'write-out',
};
/** Accepted and without effect here (no TLS, no compression, no progress bar). */
const ignoredFlags = new Set(['k', 'insecure', 'compressed', 'no-progress-meter', 'http1.1', '#', 'progress-bar', 'N', 'no-buffer']);

function apply(options: CurlOptions, kind: string, value: string): void {
  if (kind === 'method') options.method = value;
  else if (kind === 'output') options.output = value;
  else if (kind === 'header') options.headers.push(value);
  else if (kind === 'data') options.data.push(value);
  else if (kind === 'user-agent') options.userAgent = value;
  else if (kind === 'write-out') options.writeOut = value;
}

/** The parsed options, or the text of the usage error. */
export function parseCurlArgs(args: string[]): CurlOptions | { error: string } {
  const options: CurlOptions = { urls: [], silent: false, showError: false, include: false, head: false, verbose: false, fail: false, location: false, remoteName: false, headers: [], data: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--') && arg.length > 2) {
      const [name, attached] = arg.slice(2).split(/=(.*)/s, 2);
      const flag = flags[name];
      if (flag) (options[flag] as boolean) = true;
      else if (valued[name]) {
        const value = attached ?? args[++i];
        if (value === undefined) return { error: `option --${name}: requires parameter` };
        apply(options, valued[name], value);
      } else if (!ignoredFlags.has(name)) return { error: `option --${name}: is unknown` };
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      options.urls.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j];
      const flag = flags[letter];
      if (flag) (options[flag] as boolean) = true;
      else if (valued[letter]) {
        const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
        if (value === undefined) return { error: `option -${letter}: requires parameter` };
        apply(options, valued[letter], value);
        break;
      } else if (!ignoredFlags.has(letter)) return { error: `option -${arg.slice(j)}: is unknown` };
    }
  }
  return options;
}
