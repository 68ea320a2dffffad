/**
 * Flag declarations many docker commands share, with docker/cli's exact help texts
 * (cli/flagshelper FormatHelp / InspectFormatHelp, filter, quiet, force).
 */
import type { FlagSpec } from './flags.ts';

export const formatHelp =
  "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates";

export const inspectFormatHelp =
  "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates";

export const formatFlag: FlagSpec = { long: 'format', type: 'string', usage: formatHelp };
export const inspectFormatFlag: FlagSpec = { long: 'format', short: 'f', type: 'string', usage: inspectFormatHelp };
export const filterFlag: FlagSpec = { long: 'filter', short: 'f', type: 'filter', usage: 'Filter output based on conditions provided' };
export const noTruncFlag: FlagSpec = { long: 'no-trunc', type: 'bool', usage: "Don't truncate output" };
export const forceNoPromptFlag: FlagSpec = { long: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' };
export const pruneFilterFlag: FlagSpec = { long: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' };

/** `--filter k=v` values as the API's `filters` JSON: {"k":{"v":true}}. */
export function filtersJson(values: string[], extra: [string, string][] = []): string | undefined {
  const pairs: [string, string][] = [...extra];
  for (const v of values) {
    const i = v.indexOf('=');
    pairs.push(i < 0 ? [v, ''] : [v.slice(0, i).trim().toLowerCase(), v.slice(i + 1)]);
  }
  if (pairs.length === 0) return undefined;
  const out: Record<string, Record<string, boolean>> = {};
  for (const [k, v] of pairs) (out[k] ??= {})[v] = true;
  return JSON.stringify(out);
}

/** The filter-syntax error docker prints before any request. */
export function badFilter(values: string[]): string | undefined {
  const bad = values.find((v) => !v.includes('='));
  return bad === undefined ? undefined : `bad format of filter (expected name=value)`;
}
