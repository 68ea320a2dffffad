/** The terminal's line discipline (src/ui/terminal/line-editor.ts): editing, history, redraw. */
import { describe, expect, it } from 'vitest';
import { LineEditor, redraw, visibleLength } from '../../src/ui/terminal/line-editor.ts';

function typed(text: string, history: string[] = []): LineEditor {
  const editor = new LineEditor(history);
  editor.insert(text);
  return editor;
}

describe('LineEditor', () => {
  it('inserts at the cursor and moves the cursor past the inserted text', () => {
    const editor = typed('docker ps');
    editor.home();
    editor.insert('sudo ');
    expect(editor.text).toBe('sudo docker ps');
    expect(editor.cursor).toBe(5);
  });

  it('backspace deletes before the cursor and does nothing at the start of the line', () => {
    const editor = typed('lss');
    editor.backspace();
    expect(editor.text).toBe('ls');
    editor.home();
    editor.backspace();
    expect(editor.text).toBe('ls');
    expect(editor.cursor).toBe(0);
  });

  it('delete removes the character under the cursor', () => {
    const editor = typed('docker  ps');
    editor.home();
    for (let i = 0; i < 6; i++) editor.right();
    editor.deleteForward();
    expect(editor.text).toBe('docker ps');
  });

  it('left and right stop at the ends of the line', () => {
    const editor = typed('ab');
    editor.right();
    expect(editor.cursor).toBe(2);
    editor.left();
    editor.left();
    editor.left();
    expect(editor.cursor).toBe(0);
  });

  it('Ctrl-U, Ctrl-K and Ctrl-W kill to the start, to the end and the word before the cursor', () => {
    const start = typed('docker run hello-world');
    start.left();
    start.left();
    start.killToStart();
    expect([start.text, start.cursor]).toEqual(['ld', 0]);

    const end = typed('docker run hello-world');
    end.home();
    end.killToEnd();
    expect(end.text).toBe('');

    const word = typed('docker run hello-world  ');
    word.killWord();
    expect([word.text, word.cursor]).toEqual(['docker run ', 11]);
  });

  it('walks up and down the history and brings back the draft being typed', () => {
    const editor = typed('docker im', ['docker ps', 'docker images']);
    editor.historyUp();
    expect(editor.text).toBe('docker images');
    editor.historyUp();
    editor.historyUp();
    expect(editor.text).toBe('docker ps');
    expect(editor.cursor).toBe('docker ps'.length);
    editor.historyDown();
    editor.historyDown();
    expect(editor.text).toBe('docker im');
    editor.historyDown();
    expect(editor.text).toBe('docker im');
  });

  it('accept hands back the line and starts an empty one at the end of the history', () => {
    const editor = typed('echo hi', ['ls']);
    editor.historyUp();
    expect(editor.accept()).toBe('ls');
    expect([editor.text, editor.cursor]).toEqual(['', 0]);
    editor.historyUp();
    expect(editor.text).toBe('ls');
  });

  it('remembers commands as bash does: no blanks, no immediate repeats, at most 1000', () => {
    const editor = new LineEditor();
    editor.remember('ls');
    editor.remember('ls');
    editor.remember('   ');
    editor.remember('pwd');
    expect(editor.history).toEqual(['ls', 'pwd']);
    for (let i = 0; i < 1100; i++) editor.remember(`echo ${i}`);
    expect(editor.history).toHaveLength(1000);
    expect(editor.history[999]).toBe('echo 1099');
  });

  it('does not change the history array it was given', () => {
    const given = ['ls'];
    new LineEditor(given).remember('pwd');
    expect(given).toEqual(['ls']);
  });
});

describe('visibleLength', () => {
  it('counts a coloured prompt by the columns it takes on screen', () => {
    expect(visibleLength('\x1b[1;32mlearner@dockyard\x1b[0m:\x1b[1;34m~\x1b[0m$ ')).toBe('learner@dockyard:~$ '.length);
  });
});

describe('redraw', () => {
  it('repaints the prompt and the line and puts the cursor back where it is', () => {
    const editor = typed('docker ps');
    editor.left();
    editor.left();
    expect(redraw('$ ', editor, 9, 80)).toBe('\r\x1b[J$ docker ps\r\x1b[9C');
  });

  it('goes up to the first row of a wrapped line before repainting it', () => {
    const editor = typed('x'.repeat(15));
    // Prompt (2) + 15 characters on a 10-column terminal: the cursor was on the second row.
    expect(redraw('$ ', editor, 15, 10)).toBe(`\x1b[1A\r\x1b[J$ ${'x'.repeat(15)}\r\x1b[7C`);
  });

  it('forces the wrap when the line ends exactly at the right margin', () => {
    const editor = typed('x'.repeat(8));
    expect(redraw('$ ', editor, 0, 10)).toBe(`\r\x1b[J$ ${'x'.repeat(8)} \r\r`);
  });
});
