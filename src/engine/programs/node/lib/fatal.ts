/**
 * What happens to an exception nobody catches, inside the sandbox: `process.on(
 * 'uncaughtException')` gets it if installed; otherwise node's report (`file:line`, the
 * source line, a caret, the stack, `Node.js vX`) goes to the host with `__host('fatal')`,
 * which ends the process with status 1. `__dockyard.guard` runs every callback (timers,
 * requests, signals) under this rule; `HALT` unwinds after exit. A bootstrap script.
 */
export const fatalSource = String.raw`
(() => {
  const HALT = { halt: true };
  __dockyard.HALT = HALT;
  __dockyard.sources = new Map();

  function where(err) {
    const m = /(?:^|[\s(])((?:\/|\[eval\])[^():\s]*):(\d+)(?::(\d+))?/m.exec(String(err && err.stack || ''));
    if (!m) return '';
    const file = m[1], line = Number(m[2]), col = Number(m[3] || 1);
    let source = __dockyard.sources.get(file);
    if (source === undefined) { try { source = require('fs').readFileSync(file, 'utf8'); } catch (e) { source = ''; } }
    const text = source.split('\n')[line - 1];
    if (text === undefined) return file + ':' + line + '\n';
    return file + ':' + line + '\n' + text + '\n' + ' '.repeat(Math.max(0, col - 1)) + '^\n\n';
  }

  __dockyard.report = (err) => {
    const footer = '\nNode.js ' + process.version + '\n';
    if (err instanceof Error) {
      const extra = Object.keys(err).filter((k) => k !== 'stack' && k !== 'message');
      const props = extra.length ? ' {\n' + extra.map((k) => '  ' + k + ': ' + require('util').inspect(err[k])).join(',\n') + '\n}' : '';
      return where(err) + (err.name || 'Error') + ': ' + err.message + '\n' + String(err.stack || '').split('\n').filter((l) => l && !/node:internal|\(native\)/.test(l)).join('\n') + props + '\n' + footer;
    }
    return 'Uncaught ' + require('util').inspect(err) + '\n(Use \x60node --trace-uncaught ...\x60 to show where the exception was thrown)\n' + footer;
  };

  __dockyard.fatal = (err) => {
    if (err === HALT) throw HALT;
    if (typeof process !== 'undefined' && process.listenerCount('uncaughtException') > 0) {
      try { process.emit('uncaughtException', err, 'uncaughtException'); return; } catch (again) { err = again; }
      if (err === HALT) throw HALT;
    }
    __host('fatal', __dockyard.report(err));
    throw HALT;
  };

  __dockyard.guard = (fn, args) => {
    try { return fn.apply(undefined, args); } catch (err) { __dockyard.fatal(err); }
  };
})();
`;
