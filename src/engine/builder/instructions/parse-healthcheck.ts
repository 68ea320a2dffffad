/**
 * HEALTHCHECK: `NONE`, or `[--interval] [--timeout] [--start-period]
 * [--start-interval] [--retries] CMD command`. Durations use Go's syntax and must be
 * 0 (the default) or at least 1ms; the test becomes `CMD` (exec form) or
 * `CMD-SHELL` (shell form), as in the image config.
 */
import { invalidParameter } from '../../errdefs.ts';
import { goQuote } from '../parser/go-quote.ts';
import type { CommandOf, HealthConfig } from './commands.ts';
import { errAtLeastOneArgument } from './errors.ts';
import { formatGoDuration, parseGoDuration } from './go-duration.ts';
import { base, handleJSONArgs, type ParseRequest } from './request.ts';

/** Docker's container.MinimumDuration. */
export const MINIMUM_DURATION_NS = 1e6;

function parseOptInterval(name: string, value: string): number {
  if (value === '') return 0;
  const d = parseGoDuration(value);
  if (d === 0) return 0;
  if (d < MINIMUM_DURATION_NS) {
    throw invalidParameter(`Interval ${goQuote(name)} cannot be less than ${formatGoDuration(MINIMUM_DURATION_NS)}`);
  }
  return d;
}

/** Go's strconv.ParseInt(s, 10, 32) with its error texts. */
function parseInt32(s: string): number {
  if (!/^[+-]?[0-9]+$/.test(s)) throw invalidParameter(`strconv.ParseInt: parsing ${goQuote(s)}: invalid syntax`);
  const n = Number(s);
  if (n > 2 ** 31 - 1 || n < -(2 ** 31)) throw invalidParameter(`strconv.ParseInt: parsing ${goQuote(s)}: value out of range`);
  return n;
}

export function parseHealthcheck(req: ParseRequest): CommandOf<'HEALTHCHECK'> {
  if (req.args.length === 0) throw errAtLeastOneArgument('HEALTHCHECK');
  let type = req.args[0].toUpperCase();
  const args = req.args.slice(1);
  const health: HealthConfig = { test: [], interval: 0, timeout: 0, startPeriod: 0, startInterval: 0, retries: 0 };
  if (type === 'NONE') {
    if (args.length !== 0) throw invalidParameter('HEALTHCHECK NONE takes no arguments');
    health.test = [type];
    return { kind: 'HEALTHCHECK', ...base(req), health };
  }
  const interval = req.flags.addString('interval', '');
  const timeout = req.flags.addString('timeout', '');
  const startPeriod = req.flags.addString('start-period', '');
  const startInterval = req.flags.addString('start-interval', '');
  const retries = req.flags.addString('retries', '');
  req.flags.parse();
  if (type !== 'CMD') throw invalidParameter(`Unknown type ${goQuote(type)} in HEALTHCHECK (try CMD)`);
  const cmd = handleJSONArgs(args, req.json);
  if (cmd.length === 0) throw invalidParameter('Missing command after HEALTHCHECK CMD');
  if (!req.json) type = 'CMD-SHELL';
  health.test = [type, ...cmd];
  health.interval = parseOptInterval('interval', interval.value);
  health.timeout = parseOptInterval('timeout', timeout.value);
  health.startPeriod = parseOptInterval('start-period', startPeriod.value);
  health.startInterval = parseOptInterval('start-interval', startInterval.value);
  if (retries.value !== '') {
    const n = parseInt32(retries.value);
    if (n < 0) throw invalidParameter(`--retries cannot be negative (${n})`);
    health.retries = n;
  }
  return { kind: 'HEALTHCHECK', ...base(req), health };
}
