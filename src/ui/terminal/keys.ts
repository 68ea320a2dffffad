/**
 * Splits what xterm hands over (`onData`: typed keys, escape sequences, pasted text) into
 * keys the line editor understands. Pasted text arrives as one chunk and may hold
 * several lines; each line end becomes an Enter.
 */

/** One key; `at` is where it starts in the data it came from. */
export type Key = { at: number } & (
  | { kind: 'text'; text: string }
  | {
      kind:
        | 'enter'
        | 'backspace'
        | 'delete'
        | 'left'
        | 'right'
        | 'up'
        | 'down'
        | 'home'
        | 'end'
        | 'tab'
        | 'interrupt'
        | 'clear-screen'
        | 'kill-start'
        | 'kill-end'
        | 'kill-word'
        | 'eof';
    }
);

const sequences: Record<string, Key['kind']> = {
  '\x1b[A': 'up',
  '\x1bOA': 'up',
  '\x1b[B': 'down',
  '\x1bOB': 'down',
  '\x1b[C': 'right',
  '\x1bOC': 'right',
  '\x1b[D': 'left',
  '\x1bOD': 'left',
  '\x1b[H': 'home',
  '\x1bOH': 'home',
  '\x1b[1~': 'home',
  '\x1b[F': 'end',
  '\x1bOF': 'end',
  '\x1b[4~': 'end',
  '\x1b[3~': 'delete',
};

const controls: Record<string, Key['kind']> = {
  '\r': 'enter',
  '\n': 'enter',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\t': 'tab',
  '\x03': 'interrupt',
  '\x0c': 'clear-screen',
  '\x01': 'home',
  '\x05': 'end',
  '\x02': 'left',
  '\x06': 'right',
  '\x10': 'up',
  '\x0e': 'down',
  '\x15': 'kill-start',
  '\x0b': 'kill-end',
  '\x17': 'kill-word',
  '\x04': 'eof',
};

export function parseKeys(data: string): Key[] {
  const keys: Key[] = [];
  let text = '';
  let textAt = 0;
  const flush = () => {
    if (text) keys.push({ kind: 'text', text, at: textAt });
    text = '';
  };
  for (let i = 0; i < data.length;) {
    const seq = Object.keys(sequences).find((s) => data.startsWith(s, i));
    if (seq) {
      flush();
      keys.push({ kind: sequences[seq], at: i } as Key);
      i += seq.length;
      continue;
    }
    const ch = data[i];
    const at = i;
    if (ch === '\r' && data[i + 1] === '\n') i++;
    if (controls[ch]) {
      flush();
      keys.push({ kind: controls[ch], at } as Key);
    } else if (ch === '\x1b') {
      // An escape sequence we do not handle (F-keys, alt-…): skip it whole.
      flush();
      // eslint-disable-next-line no-control-regex
      const m = /^\x1b(\[[0-9;]*[~A-Za-z]|O.|.)?/.exec(data.slice(i));
      i += m ? m[0].length : 1;
      continue;
    } else if (ch >= ' ') {
      if (!text) textAt = i;
      text += ch;
    }
    i++;
  }
  flush();
  return keys;
}
