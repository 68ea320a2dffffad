/**
 * `docker events` / `docker system events`: GET /events (since, until, filters) and
 * one line per message: `<RFC3339 with 9 fraction digits> <type> <action> <id>
 * (k=v, …)` with attributes sorted, or the `--format` template per event.
 */
import type { CommandSpec } from '../command.ts';
import { noArgs } from '../command.ts';
import { filterFlag, filtersJson, inspectFormatHelp } from '../common-flags.ts';
import { CliError } from '../errors.ts';
import { formatEach } from '../output.ts';
import { getTimestamp } from '../timestamps.ts';

interface EventMessage {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
  time?: number;
  timeNano?: number;
  [key: string]: unknown;
}

function fixedTime(e: EventMessage): string {
  const ms = e.timeNano ? Math.floor(e.timeNano / 1e6) : (e.time ?? 0) * 1000;
  const d = new Date(ms).toISOString(); // 2026-11-30T10:04:05.123Z
  return `${d.slice(0, 19)}.${d.slice(20, 23)}000000Z`;
}

export function prettyEvent(e: EventMessage): string {
  let line = e.timeNano || e.time ? `${fixedTime(e)} ` : '';
  line += `${e.Type ?? ''} ${e.Action ?? ''} ${e.Actor?.ID ?? ''}`;
  const attrs = Object.entries(e.Actor?.Attributes ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (attrs.length > 0) line += ` (${attrs.map(([k, v]) => `${k}=${v}`).join(', ')})`;
  return line + '\n';
}

export const events: CommandSpec = {
  name: 'events',
  use: '[OPTIONS]',
  short: 'Get real time events from the server',
  aliasText: 'docker system events, docker events',
  args: noArgs,
  flags: [
    filterFlag,
    { long: 'format', type: 'string', usage: inspectFormatHelp },
    { long: 'since', type: 'string', usage: 'Show all events created since timestamp' },
    { long: 'until', type: 'string', usage: 'Stream events until this timestamp' },
  ],
  async run({ flags, io, client }) {
    let since: string | undefined;
    let until: string | undefined;
    try {
      since = flags.string('since') ? getTimestamp(flags.string('since'), io.now()) : undefined;
      until = flags.string('until') ? getTimestamp(flags.string('until'), io.now()) : undefined;
    } catch (err) {
      throw new CliError((err as Error).message);
    }
    const res = await (await client()).call('GET', '/events', { query: { filters: filtersJson(flags.list('filter')), since, until } });
    const format = flags.string('format');
    for await (const message of res.messages ?? []) {
      const e = message as EventMessage;
      io.stdout.write(format ? formatEach(format, [e]) : prettyEvent(e));
    }
    return 0;
  },
};
