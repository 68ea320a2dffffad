import { describe, expect, it } from 'vitest';
import { humanDuration, timeAgo } from '../../../src/sim/format/duration.ts';
import { goTimeString, rfc3339, rfc3339Nano } from '../../../src/sim/format/index.ts';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const day = 24 * h;
const week = 7 * day;
const month = 30 * day;
const year = 365 * day;

describe('humanDuration (go-units HumanDuration)', () => {
  // go-units duration_test.go TestHumanDuration, verbatim
  it.each([
    ['Less than a second', 450], ['1 second', 1 * s], ['45 seconds', 45 * s], ['46 seconds', 46 * s], ['59 seconds', 59 * s],
    ['About a minute', 60 * s], ['About a minute', 1 * m], ['3 minutes', 3 * m], ['35 minutes', 35 * m], ['35 minutes', 35 * m + 40 * s],
    ['45 minutes', 45 * m], ['45 minutes', 45 * m + 40 * s], ['46 minutes', 46 * m], ['59 minutes', 59 * m], ['About an hour', 1 * h],
    ['About an hour', 1 * h + 29 * m], ['2 hours', 1 * h + 31 * m], ['2 hours', 1 * h + 59 * m], ['3 hours', 3 * h], ['3 hours', 3 * h + 29 * m],
    ['4 hours', 3 * h + 31 * m], ['4 hours', 3 * h + 59 * m], ['4 hours', 3 * h + 60 * m], ['24 hours', 24 * h], ['36 hours', 1 * day + 12 * h],
    ['2 days', 2 * day], ['7 days', 7 * day], ['13 days', 13 * day + 5 * h], ['2 weeks', 2 * week], ['2 weeks', 2 * week + 4 * day],
    ['3 weeks', 3 * week], ['4 weeks', 4 * week], ['4 weeks', 4 * week + 3 * day], ['4 weeks', 1 * month], ['6 weeks', 1 * month + 2 * week],
    ['2 months', 2 * month], ['2 months', 2 * month + 2 * week], ['3 months', 3 * month], ['3 months', 3 * month + 1 * week],
    ['5 months', 5 * month + 2 * week], ['13 months', 13 * month], ['23 months', 23 * month], ['24 months', 24 * month],
    ['2 years', 24 * month + 2 * week], ['3 years', 3 * year + 2 * month],
  ])('reads "%s" for %d ms (upstream table)', (text, ms) => {
    expect(humanDuration(ms)).toBe(text);
  });


  // go-units duration_test.go TestHumanDuration
  it.each([
    [450, 'Less than a second'],
    [-5 * s, 'Less than a second'],
    [1 * s, '1 second'],
    [1999, '1 second'],
    [2 * s, '2 seconds'],
    [59 * s, '59 seconds'],
    [60 * s, 'About a minute'],
    [1 * m + 59 * s, 'About a minute'],
    [2 * m, '2 minutes'],
    [59 * m, '59 minutes'],
    [59 * m + 59 * s, '59 minutes'],
    [60 * m, 'About an hour'],
    [1 * h + 29 * m, 'About an hour'],
    [1 * h + 31 * m, '2 hours'],
    [1 * h + 59 * m, '2 hours'],
    [2 * h, '2 hours'],
    [47 * h, '47 hours'],
    [47 * h + 29 * m, '47 hours'],
    [48 * h, '2 days'],
    [2 * day, '2 days'],
    [7 * day, '7 days'],
    [13 * day + 5 * h, '13 days'],
    [14 * day, '2 weeks'],
    [15 * day, '2 weeks'],
    [21 * day, '3 weeks'],
    [30 * day, '4 weeks'],
    [59 * day, '8 weeks'],
    [60 * day, '2 months'],
    [365 * day, '12 months'],
    [365 * day + 364 * day, '24 months'],
    [2 * 365 * day, '2 years'],
    [3 * 365 * day + 2 * day, '3 years'],
    [10 * 365 * day, '10 years'],
  ])('%d ms reads "%s"', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  it('timeAgo appends " ago" to the duration since then', () => {
    expect(timeAgo(10 * s, 10 * s)).toBe('Less than a second ago');
    expect(timeAgo(2 * m, 30 * s)).toBe('About a minute ago');
    expect(timeAgo(15 * day, 0)).toBe('2 weeks ago');
  });
});

describe('Go time formats in UTC', () => {
  it('goTimeString matches time.Time.String()', () => {
    expect(goTimeString(Date.UTC(2026, 10, 16, 9, 40, 32))).toBe('2026-11-16 09:40:32 +0000 UTC');
    expect(goTimeString(Date.UTC(2026, 10, 16, 9, 40, 32, 120))).toBe('2026-11-16 09:40:32.12 +0000 UTC');
    expect(goTimeString(0)).toBe('1970-01-01 00:00:00 +0000 UTC');
  });

  it('rfc3339 has no fraction and ends in Z', () => {
    expect(rfc3339(Date.UTC(2017, 0, 1, 12, 0, 3))).toBe('2017-01-01T12:00:03Z');
    expect(rfc3339(Date.UTC(2017, 0, 1, 12, 0, 3, 999))).toBe('2017-01-01T12:00:03Z');
  });

  it('rfc3339Nano trims trailing zeros of the fraction', () => {
    expect(rfc3339Nano(Date.UTC(2017, 0, 1, 12, 0, 3, 450))).toBe('2017-01-01T12:00:03.45Z');
    expect(rfc3339Nano(Date.UTC(2017, 0, 1, 12, 0, 3))).toBe('2017-01-01T12:00:03Z');
  });
});
