/**
 * The JavaScript that runs inside the sandbox before the learner's program: the
 * bootstrap scripts in order (virtual timers and Date, uncaught-exception handling,
 * CommonJS, then process and console) and the built-in modules `require` can load by
 * name. Each source is a string of plain JavaScript; see the files beside this one.
 */
import { bufferSource } from './buffer.ts';
import { eventsSource } from './events.ts';
import { fatalSource } from './fatal.ts';
import { fsSource } from './fs.ts';
import { httpSource } from './http.ts';
import { modulesSource } from './modules.ts';
import { osSource } from './os.ts';
import { pathSource } from './path.ts';
import { processSource } from './process.ts';
import { assertSource, streamSource, timersModuleSource, unsupportedSource } from './small.ts';
import { timersSource } from './timers.ts';
import { querystringSource, urlSource } from './url.ts';
import { utilSource } from './util.ts';

/** Evaluated once per process, in this order, as global scripts. */
export const bootstrapScripts: [name: string, source: string][] = [
  ['node:internal/timers', timersSource],
  ['node:internal/errors', fatalSource],
  ['node:internal/modules', modulesSource],
  ['node:internal/process', processSource],
];

const unsupported = ['child_process', 'crypto', 'net', 'https', 'tls', 'dns', 'zlib', 'worker_threads', 'cluster', 'dgram', 'readline', 'vm', 'v8'];

/** Built-in modules by name (without `node:`), as CommonJS module bodies. */
export const builtinSources: Record<string, string> = {
  assert: assertSource,
  buffer: bufferSource,
  events: eventsSource,
  fs: fsSource,
  'fs/promises': "module.exports = require('fs').promises;",
  http: httpSource,
  os: osSource,
  path: pathSource,
  querystring: querystringSource,
  stream: streamSource,
  timers: timersModuleSource,
  url: urlSource,
  util: utilSource,
  ...Object.fromEntries(unsupported.map((name) => [name, unsupportedSource(name)])),
};
