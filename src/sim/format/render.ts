/**
 * The docker CLI's formatter.Context: turns `--format` (or a command's default
 * format) plus rows into output. `table …` renders a header row from the same template
 * with header functions and aligns everything with the tabwriter; `json` means
 * `{{json .}}`; anything else is a raw template, one execution per row. Literal `\t`
 * and `\n` in the format become real tabs and newlines, as the CLI's preFormat does.
 */
import { compileTemplate, TemplateError } from './template/compile.ts';
import type { CompileOptions } from './template/compile.ts';
import { tabwrite } from './tabwriter.ts';

export interface RenderOptions {
  /** Go type named in unknown-field errors, e.g. `*formatter.containerContext`. */
  typeName?: string | null;
}

/** The CLI's preFormat: strip `table`, map `json`, trim spaces, unescape `\t` `\n`. */
export function preFormat(format: string): { template: string; isTable: boolean } {
  const isTable = format.startsWith('table');
  let template = isTable ? format.slice('table'.length) : format === 'json' ? '{{json .}}' : format;
  template = template.replace(/^ +| +$/g, '');
  template = template.replace(/\\t|\\n/g, (m) => (m === '\\t' ? '\t' : '\n'));
  return { template, isTable };
}

/**
 * Renders rows with a docker `--format` value. Throws TemplateError with the CLI's
 * message (`template parsing error: …`).
 * @example renderFormat('table {{.Name}}\t{{.Size}}', [{ Name: 'a', Size: '1kB' }], { Name: 'NAME', Size: 'SIZE' }) === 'NAME      SIZE\na         1kB\n'
 */
export function renderFormat(format: string, rows: readonly unknown[], headers: Record<string, string> = {}, options: RenderOptions = {}): string {
  const { template, isTable } = preFormat(format);
  const compileOpts: CompileOptions = { typeName: options.typeName };
  let row: (data: unknown) => string;
  let header: (data: unknown) => string;
  try {
    row = compileTemplate(template, compileOpts);
    header = compileTemplate(template, { ...compileOpts, funcs: 'header', typeName: null, rootJson: 'plain' });
  } catch (e) {
    throw wrap(e);
  }
  let body = '';
  for (const r of rows) {
    try {
      body += row(r) + '\n';
    } catch (e) {
      throw wrap(e);
    }
  }
  if (!isTable) return body;
  let head: string;
  try {
    head = header(new Map(Object.entries(headers)));
  } catch {
    head = '';
  }
  return tabwrite(head + '\n' + body);
}

function wrap(e: unknown): unknown {
  return e instanceof TemplateError ? new TemplateError(`template parsing error: ${e.message}`) : e;
}

export { TemplateError };
