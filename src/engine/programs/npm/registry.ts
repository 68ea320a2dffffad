/**
 * A small simulated npm registry: real package names, versions, unpacked sizes and
 * dependency ranges (express 4 and its actual dependency tree, lodash, react, axios…),
 * enough for the tutorials' apps. Anything else is a 404, as registry.npmjs.org says.
 */

export interface PackageVersion {
  version: string;
  /** Declares a `funding` field (npm counts these after an install). */
  funding?: boolean;
  /** Unpacked size in bytes (npm view <pkg> dist.unpackedSize). */
  size: number;
  dependencies: Record<string, string>;
}

const v = (version: string, size: number, dependencies: Record<string, string> = {}): PackageVersion => ({ version, size, dependencies });
const f = (version: string, size: number, dependencies: Record<string, string> = {}): PackageVersion => ({ version, size, dependencies, funding: true });

export const npmIndex: Record<string, PackageVersion[]> = {
  express: [
    v('4.19.2', 220_000, { accepts: '~1.3.8', 'array-flatten': '1.1.1', 'body-parser': '1.20.2', 'content-disposition': '0.5.4', 'content-type': '~1.0.4', cookie: '0.6.0', 'cookie-signature': '1.0.6', debug: '2.6.9', depd: '2.0.0', encodeurl: '~1.0.2', 'escape-html': '~1.0.3', etag: '~1.8.1', finalhandler: '1.2.0', fresh: '0.5.2', 'http-errors': '2.0.0', 'merge-descriptors': '1.0.1', methods: '~1.1.2', 'on-finished': '2.4.1', parseurl: '~1.3.3', 'path-to-regexp': '0.1.7', 'proxy-addr': '~2.0.7', qs: '6.11.0', 'range-parser': '~1.2.1', 'safe-buffer': '5.2.1', send: '0.18.0', 'serve-static': '1.15.0', setprototypeof: '1.2.0', statuses: '2.0.1', 'type-is': '~1.6.18', 'utils-merge': '1.0.1', vary: '~1.1.2' }),
    v('4.21.2', 221_000, { accepts: '~1.3.8', 'array-flatten': '1.1.1', 'body-parser': '1.20.2', 'content-disposition': '0.5.4', 'content-type': '~1.0.4', cookie: '0.6.0', 'cookie-signature': '1.0.6', debug: '2.6.9', depd: '2.0.0', encodeurl: '~1.0.2', 'escape-html': '~1.0.3', etag: '~1.8.1', finalhandler: '1.2.0', fresh: '0.5.2', 'http-errors': '2.0.0', 'merge-descriptors': '1.0.1', methods: '~1.1.2', 'on-finished': '2.4.1', parseurl: '~1.3.3', 'path-to-regexp': '0.1.7', 'proxy-addr': '~2.0.7', qs: '6.11.0', 'range-parser': '~1.2.1', 'safe-buffer': '5.2.1', send: '0.18.0', 'serve-static': '1.15.0', setprototypeof: '1.2.0', statuses: '2.0.1', 'type-is': '~1.6.18', 'utils-merge': '1.0.1', vary: '~1.1.2' }),
  ],
  accepts: [v('1.3.8', 16_800, { 'mime-types': '~2.1.34', negotiator: '0.6.3' })],
  'array-flatten': [v('1.1.1', 3_600)],
  'body-parser': [v('1.20.2', 56_700, { bytes: '3.1.2', 'content-type': '~1.0.5', debug: '2.6.9', depd: '2.0.0', destroy: '1.2.0', 'http-errors': '2.0.0', 'iconv-lite': '0.4.24', 'on-finished': '2.4.1', qs: '6.11.0', 'raw-body': '2.5.2', 'type-is': '~1.6.18', unpipe: '1.0.0' })],
  bytes: [v('3.1.2', 9_600)],
  'content-disposition': [v('0.5.4', 19_100, { 'safe-buffer': '5.2.1' })],
  'content-type': [v('1.0.5', 10_500)],
  cookie: [v('0.6.0', 21_400)],
  'cookie-signature': [v('1.0.6', 3_900)],
  debug: [v('2.6.9', 79_400, { ms: '2.0.0' })],
  depd: [v('2.0.0', 26_900)],
  destroy: [v('1.2.0', 7_200)],
  'ee-first': [v('1.1.1', 7_300)],
  encodeurl: [v('1.0.2', 8_300)],
  'escape-html': [v('1.0.3', 4_200)],
  etag: [v('1.8.1', 9_300)],
  finalhandler: [v('1.2.0', 17_400, { debug: '2.6.9', encodeurl: '~1.0.2', 'escape-html': '~1.0.3', 'on-finished': '2.4.1', parseurl: '~1.3.3', statuses: '2.0.1', unpipe: '~1.0.0' })],
  forwarded: [v('0.2.0', 5_700)],
  fresh: [v('0.5.2', 10_000)],
  'http-errors': [v('2.0.0', 18_700, { depd: '2.0.0', inherits: '2.0.4', setprototypeof: '1.2.0', statuses: '2.0.1', toidentifier: '1.0.1' })],
  'iconv-lite': [v('0.4.24', 335_000, { 'safer-buffer': '>= 2.1.2 < 3' })],
  inherits: [v('2.0.4', 3_900)],
  'ipaddr.js': [v('1.9.1', 36_000)],
  'media-typer': [v('0.3.0', 11_000)],
  'merge-descriptors': [v('1.0.1', 4_600)],
  methods: [v('1.1.2', 5_400)],
  mime: [v('1.6.0', 49_200)],
  'mime-db': [v('1.52.0', 212_000)],
  'mime-types': [v('2.1.35', 18_300, { 'mime-db': '1.52.0' })],
  ms: [v('2.0.0', 6_200), v('2.1.3', 6_800)],
  negotiator: [v('0.6.3', 28_100)],
  'on-finished': [v('2.4.1', 13_700, { 'ee-first': '1.1.1' })],
  parseurl: [v('1.3.3', 10_300)],
  'path-to-regexp': [v('0.1.7', 6_800)],
  'proxy-addr': [v('2.0.7', 15_000, { forwarded: '0.2.0', 'ipaddr.js': '1.9.1' })],
  qs: [f('6.11.0', 235_000, { 'side-channel': '^1.0.4' })],
  'side-channel': [f('1.0.6', 24_900, { 'call-bind': '^1.0.7', 'es-errors': '^1.3.0', 'get-intrinsic': '^1.2.4', 'object-inspect': '^1.13.1' })],
  'call-bind': [f('1.0.7', 22_000, { 'es-define-property': '^1.0.0', 'es-errors': '^1.3.0', 'function-bind': '^1.1.2', 'get-intrinsic': '^1.2.4', 'set-function-length': '^1.2.1' })],
  'get-intrinsic': [f('1.2.4', 41_400, { 'es-errors': '^1.3.0', 'function-bind': '^1.1.2', 'has-proto': '^1.0.1', 'has-symbols': '^1.0.3', hasown: '^2.0.0' })],
  'set-function-length': [v('1.2.2', 14_700, { 'define-data-property': '^1.1.4', 'es-errors': '^1.3.0', 'function-bind': '^1.1.2', 'get-intrinsic': '^1.2.4', gopd: '^1.0.1', 'has-property-descriptors': '^1.0.2' })],
  'define-data-property': [f('1.1.4', 26_700, { 'es-define-property': '^1.0.0', 'es-errors': '^1.3.0', gopd: '^1.0.1' })],
  'es-define-property': [f('1.0.0', 6_900, { 'get-intrinsic': '^1.2.4' })],
  'es-errors': [v('1.3.0', 12_700)],
  'function-bind': [f('1.1.2', 33_600)],
  gopd: [f('1.0.1', 7_400, { 'get-intrinsic': '^1.1.3' })],
  'has-property-descriptors': [f('1.0.2', 8_100, { 'es-define-property': '^1.0.0' })],
  'has-proto': [f('1.0.3', 7_000)],
  'has-symbols': [f('1.0.3', 20_600)],
  hasown: [v('2.0.2', 7_700, { 'function-bind': '^1.1.2' })],
  'object-inspect': [f('1.13.2', 92_600)],
  'range-parser': [v('1.2.1', 8_700)],
  'raw-body': [v('2.5.2', 21_300, { bytes: '3.1.2', 'http-errors': '2.0.0', 'iconv-lite': '0.4.24', unpipe: '1.0.0' })],
  'safe-buffer': [v('5.2.1', 31_700)],
  'safer-buffer': [v('2.1.2', 42_300)],
  send: [v('0.18.0', 48_900, { debug: '2.6.9', depd: '2.0.0', destroy: '1.2.0', encodeurl: '~1.0.2', 'escape-html': '~1.0.3', etag: '~1.8.1', fresh: '0.5.2', 'http-errors': '2.0.0', mime: '1.6.0', ms: '2.1.3', 'on-finished': '2.4.1', 'range-parser': '~1.2.1', statuses: '2.0.1' })],
  'serve-static': [v('1.15.0', 25_100, { encodeurl: '~1.0.2', 'escape-html': '~1.0.3', parseurl: '~1.3.3', send: '0.18.0' })],
  setprototypeof: [v('1.2.0', 4_900)],
  statuses: [v('2.0.1', 10_500)],
  toidentifier: [v('1.0.1', 4_100)],
  'type-is': [v('1.6.18', 18_100, { 'media-typer': '0.3.0', 'mime-types': '~2.1.24' })],
  unpipe: [v('1.0.0', 4_300)],
  'utils-merge': [v('1.0.1', 4_000)],
  vary: [v('1.1.2', 9_000)],
  lodash: [v('4.17.21', 1_410_000)],
  react: [v('18.3.1', 318_000, { 'loose-envify': '^1.1.0' })],
  'loose-envify': [v('1.4.0', 5_800, { 'js-tokens': '^3.0.0 || ^4.0.0' })],
  'js-tokens': [v('4.0.0', 12_900)],
  dotenv: [v('16.4.5', 77_000)],
  uuid: [v('9.0.1', 134_000), v('10.0.0', 116_000)],
  chalk: [v('4.1.2', 26_400), v('5.3.0', 43_700)],
  nodemon: [v('3.1.4', 215_000)],
};
