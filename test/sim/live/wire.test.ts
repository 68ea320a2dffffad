/**
 * The two wire formats live mode reads in the browser: the server's Server-Sent Events
 * (one engine event per `data:` line) and the logs endpoint's multiplexed stream.
 */
import { describe, expect, it } from 'vitest';
import { demultiplex } from '../../../src/sim/live/live-api.ts';
import { LiveClock } from '../../../src/sim/live/live-clock.ts';
import { parseSse } from '../../../src/sim/live/live-events.ts';

describe('parseSse', () => {
  it('returns the data of each complete message and keeps an unfinished one for later', () => {
    const { data, rest } = parseSse(': dockyard live events\n\nid: 1\ndata: {"seq":1}\n\nid: 2\ndata: {"se');
    expect(data).toEqual(['{"seq":1}']);
    expect(rest).toBe('id: 2\ndata: {"se');
    expect(parseSse(`${rest}q":2}\n\n`).data).toEqual(['{"seq":2}']);
  });

  it('skips comments and keep-alives', () => {
    expect(parseSse(': keep-alive\n\n: keep-alive\n\n').data).toEqual([]);
  });
});

describe('demultiplex', () => {
  it('splits stdout and stderr frames by their 8-byte headers', () => {
    const frame = (stream: number, text: string) => {
      const body = new TextEncoder().encode(text);
      return [stream, 0, 0, 0, 0, 0, 0, body.length, ...body];
    };
    const frames = demultiplex(new Uint8Array([...frame(1, 'hello\n'), ...frame(2, 'oops\n')]), false);
    expect(frames.map((f) => [f.stream, new TextDecoder().decode(f.data)])).toEqual([
      [1, 'hello\n'],
      [2, 'oops\n'],
    ]);
  });

  it('treats a raw stream (a TTY container) as stdout', () => {
    expect(demultiplex(new TextEncoder().encode('hi'), true)).toHaveLength(1);
  });
});

describe('LiveClock', () => {
  it('is the last event time, moved on by the real time since it arrived', () => {
    let real = 1000;
    const clock = new LiveClock(5000, () => real);
    real = 1500;
    expect(clock.now()).toBe(5500);
    clock.saw(9000);
    real = 1600;
    expect(clock.now()).toBe(9100);
  });
});
