/**
 * `path` inside the sandbox: node's POSIX flavour (join, resolve, dirname, basename,
 * extname, relative, normalize, isAbsolute, parse, sep, delimiter). `resolve` starts
 * from `process.cwd()`. JavaScript evaluated in QuickJS as a CommonJS module body.
 */
export const pathSource = String.raw`
function normalizeParts(path, absolute) {
  const out = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(part);
  }
  return out;
}

function normalize(path) {
  if (path === '') return '.';
  const absolute = path.startsWith('/');
  const trailing = path.endsWith('/');
  let joined = normalizeParts(path, absolute).join('/');
  if (joined === '' && !absolute) joined = '.';
  if (joined !== '' && trailing) joined += '/';
  return (absolute ? '/' : '') + joined;
}

const join = (...parts) => normalize(parts.filter((p) => p !== '').join('/') || '.');

function resolve(...parts) {
  let path = '';
  for (let i = parts.length - 1; i >= 0 && !path.startsWith('/'); i--) if (parts[i]) path = parts[i] + (path ? '/' + path : '');
  if (!path.startsWith('/')) path = process.cwd() + (path ? '/' + path : '');
  return '/' + normalizeParts(path, true).join('/');
}

function dirname(path) {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '.';
  const at = trimmed.lastIndexOf('/');
  if (at < 0) return '.';
  return at === 0 ? '/' : trimmed.slice(0, at);
}

function basename(path, ext) {
  const base = path.replace(/\/+$/, '').split('/').pop() || '';
  return ext && base.endsWith(ext) && base !== ext ? base.slice(0, -ext.length) : base;
}

function extname(path) {
  const base = basename(path);
  const at = base.lastIndexOf('.');
  return at <= 0 ? '' : base.slice(at);
}

function relative(from, to) {
  const a = resolve(from).split('/').filter(Boolean);
  const b = resolve(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

function parse(path) {
  const base = basename(path);
  const ext = extname(path);
  const dir = dirname(path);
  return { root: path.startsWith('/') ? '/' : '', dir: dir === '.' && !path.includes('/') ? '' : dir, base, ext, name: ext ? base.slice(0, -ext.length) : base };
}

const format = (p) => (p.dir ? p.dir + '/' : p.root || '') + (p.base || (p.name || '') + (p.ext || ''));
const isAbsolute = (p) => p.startsWith('/');
const posix = { sep: '/', delimiter: ':', normalize, join, resolve, dirname, basename, extname, relative, parse, format, isAbsolute, toNamespacedPath: (p) => p };
posix.posix = posix;
module.exports = posix;
`;
