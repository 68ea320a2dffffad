/**
 * Output through docker/cli's formatter conventions, on top of src/sim/format: list
 * commands pick the default table, `table TEMPLATE`, `json` or a bare template; inspect
 * style commands run one template per object. Template errors become CliErrors with
 * the CLI's `template parsing error: …` text.
 */
import { compileTemplate, preFormat, renderFormat, TemplateError } from '../format/index.ts';
import type { Writer } from './io.ts';
import { CliError } from './errors.ts';

export interface ListFormat<Row extends object> {
  /** `table {{.ID}}\t…`, used for '' and 'table'. */
  defaultFormat: string;
  /** Field name → column header (`ID` → `CONTAINER ID`). */
  headers: Record<string, string>;
  rows: Row[];
  /** Go type named in template errors (`*formatter.ContainerContext`). */
  typeName?: string;
}

/** Writes the rows in the chosen format. */
export function writeList<Row extends object>(out: Writer, format: string, list: ListFormat<Row>): void {
  const chosen = format === '' || format === 'table' ? list.defaultFormat : format;
  try {
    out.write(renderFormat(chosen, list.rows, list.headers, { typeName: list.typeName }));
  } catch (err) {
    if (err instanceof TemplateError) throw new CliError(err.message);
    throw err;
  }
}

/** `--format` for inspect-like commands: one template result per object (a JSON map). */
export function formatEach(format: string, items: unknown[]): string {
  const { template } = preFormat(format === 'json' ? '{{json .}}' : format);
  try {
    const render = compileTemplate(template, { typeName: null, rootJson: 'plain' });
    return items.map((item) => render(item) + '\n').join('');
  } catch (err) {
    if (err instanceof TemplateError) throw new CliError(`template parsing error: ${err.message}`);
    throw err;
  }
}
