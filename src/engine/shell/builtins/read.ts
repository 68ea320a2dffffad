/**
 * `read [-r] [-p prompt] [name…]`: one line of stdin, split on IFS into the names (the
 * last takes the rest; REPLY when none). Without -r a backslash escapes the next
 * character and a trailing one continues the line. At end of input the status is 1.
 */
import { lineReader } from '../../process/lines.ts';
import type { Builtin } from './types.ts';

export const read: Builtin = async (sh, argv, io) => {
  let raw = false;
  const names: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '-r') raw = true;
    else if (argv[i] === '-p') io.stderr.write(argv[++i] ?? '');
    else names.push(argv[i]);
  }
  const reader = lineReader(io.stdin);
  let line = await reader.readLine();
  if (line === null) {
    for (const name of names.length > 0 ? names : ['REPLY']) sh.set(name, '');
    return 1;
  }
  if (!raw) {
    while (line.endsWith('\\') && !line.endsWith('\\\\')) {
      const more = await reader.readLine();
      line = line.slice(0, -1) + (more ?? '');
      if (more === null) break;
    }
    line = line.replace(/\\(.)/g, '$1');
  }
  if (names.length === 0) {
    sh.set('REPLY', line);
    return 0;
  }
  const ifs = sh.get('IFS') ?? ' \t\n';
  const chars = [...new Set(ifs)].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
  const trimmed = chars === '' ? line : line.replace(new RegExp(`^[${chars}]+|[${chars}]+$`, 'g'), '');
  let rest = trimmed;
  names.forEach((name, index) => {
    if (index === names.length - 1 || chars === '') {
      sh.set(name, index === names.length - 1 ? rest : '');
      rest = '';
      return;
    }
    const match = new RegExp(`[${chars}]+`).exec(rest);
    sh.set(name, match ? rest.slice(0, match.index) : rest);
    rest = match ? rest.slice(match.index + match[0].length) : '';
  });
  return 0;
};
