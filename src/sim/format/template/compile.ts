/**
 * `compileTemplate`: parse once, execute per row. Parse errors carry Go's text
 * (`template: :1: unclosed action`); execution errors carry Go's location and context.
 * The docker CLI prefixes both with `template parsing error: ` (see render.ts).
 */
import { builtinFuncs, headerFuncs } from './funcs.ts';
import type { TemplateFunc } from './funcs.ts';
import { execute, TemplateError } from './exec.ts';
import { TemplateSyntaxError } from './lex.ts';
import { parseTemplate } from './parse.ts';

export interface CompileOptions {
  /** Type named in "can't evaluate field X in type T"; null makes the root a map. */
  typeName?: string | null;
  /** 'basic' for rows, 'header' for table headers (functions return their argument). */
  funcs?: 'basic' | 'header';
  /** How `{{json .}}` marshals the root: 'context' (sorted, HTML-escaped) or 'plain'. */
  rootJson?: 'context' | 'plain';
}

/**
 * Compiles a Go template; the result renders one data value to a string.
 * @example compileTemplate('{{.Name | upper}}')({ Name: 'web' }) === 'WEB'
 */
export function compileTemplate(src: string, options: CompileOptions = {}): (data: unknown) => string {
  const funcs: Record<string, TemplateFunc> = options.funcs === 'header' ? headerFuncs : builtinFuncs;
  let nodes;
  try {
    nodes = parseTemplate(src, new Set(Object.keys(funcs)));
  } catch (e) {
    if (!(e instanceof TemplateSyntaxError)) throw e;
    const line = src.slice(0, e.pos).split('\n').length;
    throw new TemplateError(`template: :${line}: ${e.detail}`);
  }
  const opts = {
    src,
    funcs,
    typeName: options.typeName === undefined ? '*formatter.containerContext' : options.typeName,
    rootJson: options.rootJson ?? 'context',
  };
  return (data) => execute(nodes, data, opts);
}

export { TemplateError };
