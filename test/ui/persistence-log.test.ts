/**
 * The sandbox's save (src/ui/persistence): the shape a save must have to be loaded, and
 * the command an editor save is logged as, which must rebuild the same bytes on replay.
 */
import { describe, expect, it } from 'vitest';
import { CorruptSaveError, validate, type SandboxSave } from '../../src/ui/persistence/save.ts';
import { writeCommand } from '../../src/ui/persistence/file-edits.ts';
import { replayLog } from '../../src/ui/persistence/replay.ts';
import { sessionAfter } from './engine-fixture.ts';

function save(overrides: Partial<Record<keyof SandboxSave, unknown>> = {}): unknown {
  return {
    version: 1,
    seed: 1,
    startTime: 1_700_000_000_000,
    log: [{ line: 'docker run hello-world', at: 0, ms: 1200 }],
    history: ['docker run hello-world'],
    settings: { theme: 'light' },
    ...overrides,
  };
}

describe('validate', () => {
  it('accepts a well-formed save and returns it unchanged', () => {
    const value = save();
    expect(validate(value)).toBe(value);
  });

  it('accepts logged editor saves and interrupted commands', () => {
    const log = [
      { line: writeCommand('/home/learner/Dockerfile', 'FROM alpine\n'), at: 5, ms: 0, edit: '/home/learner/Dockerfile' },
      { line: 'sleep 100', at: 10, ms: 3000, interrupted: true },
    ];
    expect(validate(save({ log })).log).toEqual(log);
  });

  it.each([
    ['nothing', null],
    ['a string', 'dockyard'],
    ['another version', save({ version: 2 })],
    ['a fractional seed', save({ seed: 1.5 })],
    ['a missing start time', save({ startTime: undefined })],
    ['a log that is not a list', save({ log: {} })],
    ['a logged command without a time', save({ log: [{ line: 'ls', ms: 0 }] })],
    ['a logged command that is not text', save({ log: [{ line: 42, at: 0, ms: 0 }] })],
    ['history that is not text', save({ history: [1] })],
    ['no settings', save({ settings: null })],
  ])('reports %s as a corrupt save', (_, value) => {
    expect(() => validate(value)).toThrow(CorruptSaveError);
  });
});

describe('writeCommand', () => {
  it('is a printf of the exact text, single-quoted, with no newline added', () => {
    expect(writeCommand('/home/learner/a.txt', 'hi')).toBe(`printf '%s' 'hi' > '/home/learner/a.txt'`);
  });

  it('quotes single quotes the way a POSIX shell reads them back', () => {
    expect(writeCommand('/tmp/it\'s', "it's")).toBe(`printf '%s' 'it'\\''s' > '/tmp/it'\\''s'`);
  });

  it('rebuilds the same bytes when replayed through the shell, whatever the text holds', async () => {
    const text = "FROM node:18\nRUN echo '$HOME' \"`date`\" % \\n\n\nCMD [\"node\"]";
    const session = await sessionAfter([]);
    await replayLog(
      session,
      session.clock.now(),
      [{ line: writeCommand('/home/learner/Dockerfile', text), at: 0, ms: 0, edit: '/home/learner/Dockerfile' }],
      (entry) => session.run(entry.line),
      () => undefined,
    );
    expect(new TextDecoder().decode(session.fs.readFile('/home/learner/Dockerfile'))).toBe(text);
  });
});
