/** Key parsing for the terminal (src/ui/terminal/keys.ts): what xterm's onData becomes. */
import { describe, expect, it } from 'vitest';
import { parseKeys } from '../../src/ui/terminal/keys.ts';

const kinds = (data: string) => parseKeys(data).map((k) => (k.kind === 'text' ? `text:${k.text}` : k.kind));

describe('parseKeys', () => {
  it('keeps typed characters together as one text key', () => {
    expect(parseKeys('docker ps')).toEqual([{ kind: 'text', text: 'docker ps', at: 0 }]);
  });

  it('reads arrow keys in both cursor-key modes', () => {
    expect(kinds('\x1b[A\x1bOB\x1b[C\x1bOD')).toEqual(['up', 'down', 'right', 'left']);
  });

  it('reads Home, End and Delete in their several encodings', () => {
    expect(kinds('\x1b[H\x1bOH\x1b[1~\x1b[F\x1b[4~\x1b[3~')).toEqual(['home', 'home', 'home', 'end', 'end', 'delete']);
  });

  it('maps the Emacs control keys bash understands', () => {
    expect(kinds('\x01\x05\x02\x06\x10\x0e\x15\x0b\x17\x04\x0c\x03\t')).toEqual([
      'home',
      'end',
      'left',
      'right',
      'up',
      'down',
      'kill-start',
      'kill-end',
      'kill-word',
      'eof',
      'clear-screen',
      'interrupt',
      'tab',
    ]);
  });

  it('turns each line end of pasted text into an Enter, CRLF counting once', () => {
    expect(kinds('ls\r\npwd\nexit\r')).toEqual(['text:ls', 'enter', 'text:pwd', 'enter', 'text:exit', 'enter']);
  });

  it('says where each key starts in the data, so typeahead can resume from it', () => {
    expect(parseKeys('ab\rcd').map((k) => k.at)).toEqual([0, 2, 3]);
  });

  it('skips escape sequences it does not handle, whole', () => {
    expect(kinds('a\x1b[15~b\x1bOPc\x1bxd')).toEqual(['text:a', 'text:b', 'text:c', 'text:d']);
  });

  it('treats both DEL and BS as backspace and drops other control characters', () => {
    expect(kinds('a\x7fb\bc\x07')).toEqual(['text:a', 'backspace', 'text:b', 'backspace', 'text:c']);
  });
});
