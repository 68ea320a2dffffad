/**
 * Parser for the template subset: text, actions with pipelines, variables, and the
 * control structures `if`/`else if`/`else`, `range` (with `$i, $e :=`), `with`, `end`,
 * `break`, `continue`. Function names are checked at parse time, as Go does
 * (`function "foo" not defined`).
 */
import { lex, TemplateSyntaxError } from './lex.ts';
import type { Token } from './lex.ts';

export type Arg =
  | { kind: 'chain'; head: Token; fields: string[]; pos: number; text: string }
  | { kind: 'literal'; value: unknown; pos: number; text: string }
  | { kind: 'func'; name: string; pos: number; text: string }
  | { kind: 'paren'; pipe: Pipe; fields: string[]; pos: number; text: string };

export interface Command {
  args: Arg[];
  pos: number;
  text: string;
}

export interface Pipe {
  decl: string[];
  assign: boolean;
  cmds: Command[];
  pos: number;
}

export type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipe: Pipe }
  | { kind: 'if' | 'with' | 'range'; pipe: Pipe; list: Node[]; elseList: Node[] }
  | { kind: 'break' | 'continue'; pos: number };

const keywords = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue']);

class PipeParser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly src: string,
    private readonly funcs: ReadonlySet<string>,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  parsePipe(declAllowed: boolean, end?: ')'): Pipe {
    const pos = this.peek()?.pos ?? 0;
    const decl: string[] = [];
    let assign = false;
    if (declAllowed) {
      // `$x :=`, `$x =`, `$i, $e :=`
      const save = this.i;
      const names: string[] = [];
      while (this.peek()?.kind === 'var') {
        names.push((this.tokens[this.i++] as { name: string }).name);
        const t = this.peek();
        if (t?.kind === 'punct' && t.value === ',') {
          this.i++;
          continue;
        }
        break;
      }
      const t = this.peek();
      if (names.length > 0 && t?.kind === 'punct' && (t.value === ':=' || t.value === '=')) {
        assign = t.value === '=';
        decl.push(...names);
        this.i++;
      } else this.i = save;
    }
    const cmds: Command[] = [];
    for (;;) {
      const cmd = this.parseCommand();
      cmds.push(cmd);
      const t = this.peek();
      if (t?.kind === 'punct' && t.value === '|') {
        this.i++;
        continue;
      }
      if (end && t?.kind === 'punct' && t.value === ')') break;
      if (t === undefined) break;
      throw new TemplateSyntaxError(t.pos, `unexpected ${this.describe(t)} in command`);
    }
    return { decl, assign, cmds, pos };
  }

  private describe(t: Token): string {
    return JSON.stringify(this.src.slice(t.pos, t.pos + 1));
  }

  private parseCommand(): Command {
    const args: Arg[] = [];
    const startTok = this.peek();
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i];
      if (t.kind === 'punct' && (t.value === '|' || t.value === ')')) break;
      args.push(this.parseArg());
    }
    if (args.length === 0) throw new TemplateSyntaxError(startTok?.pos ?? 0, 'missing value for command');
    const last = args[args.length - 1];
    return { args, pos: args[0].pos, text: this.src.slice(args[0].pos, last.pos + last.text.length) };
  }

  private fieldsAfter(): string[] {
    const fields: string[] = [];
    for (let t = this.peek(); t?.kind === 'field' && t.adjacent; t = this.peek()) {
      fields.push(t.name);
      this.i++;
    }
    return fields;
  }

  private parseArg(): Arg {
    const t = this.tokens[this.i++];
    const text = (end: number) => this.src.slice(t.pos, end);
    const endOf = () => {
      const prev = this.tokens[this.i - 1];
      return prev.pos + (prev.kind === 'field' ? prev.name.length + 1 : prev.kind === 'var' ? prev.name.length : 1);
    };
    switch (t.kind) {
      case 'field': {
        const fields = [t.name, ...this.fieldsAfter()];
        return { kind: 'chain', head: { kind: 'dot', pos: t.pos, adjacent: false }, fields, pos: t.pos, text: text(endOf()) };
      }
      case 'dot':
      case 'var': {
        const fields = this.fieldsAfter();
        return { kind: 'chain', head: t, fields, pos: t.pos, text: text(endOf()) };
      }
      case 'string':
      case 'number':
        return { kind: 'literal', value: t.value, pos: t.pos, text: this.src.slice(t.pos, this.tokens[this.i]?.pos ?? t.pos + String(t.value).length).trimEnd() };
      case 'ident': {
        if (t.name === 'true' || t.name === 'false') return { kind: 'literal', value: t.name === 'true', pos: t.pos, text: t.name };
        if (t.name === 'nil') return { kind: 'literal', value: null, pos: t.pos, text: 'nil' };
        if (keywords.has(t.name)) throw new TemplateSyntaxError(t.pos, `unexpected <${t.name}> in command`);
        if (!this.funcs.has(t.name)) throw new TemplateSyntaxError(t.pos, `function "${t.name}" not defined`);
        return { kind: 'func', name: t.name, pos: t.pos, text: t.name };
      }
      case 'punct': {
        if (t.value !== '(') throw new TemplateSyntaxError(t.pos, `unexpected "${t.value}" in operand`);
        const pipe = this.parsePipe(false, ')');
        const close = this.tokens[this.i++];
        if (!close) throw new TemplateSyntaxError(t.pos, 'unclosed left paren');
        const fields = this.fieldsAfter();
        return { kind: 'paren', pipe, fields, pos: t.pos, text: text(close.pos + 1) };
      }
    }
  }

  done(): boolean {
    return this.i >= this.tokens.length;
  }
}

/** Parses template source into a node list; throws TemplateSyntaxError. */
export function parseTemplate(src: string, funcs: ReadonlySet<string>): Node[] {
  const items = lex(src);
  let k = 0;
  type Stop = 'end' | 'else' | 'eof';

  const parseList = (): { nodes: Node[]; stop: Stop; elseTokens?: Token[]; pos: number } => {
    const nodes: Node[] = [];
    while (k < items.length) {
      const item = items[k++];
      if (item.kind === 'text') {
        nodes.push({ kind: 'text', text: item.text });
        continue;
      }
      const [first, ...rest] = item.tokens;
      if (!first) continue; // a comment-only action
      const word = first.kind === 'ident' ? first.name : '';
      if (word === 'end') return { nodes, stop: 'end', pos: item.pos };
      if (word === 'else') return { nodes, stop: 'else', elseTokens: rest, pos: item.pos };
      if (word === 'break' || word === 'continue') {
        nodes.push({ kind: word, pos: first.pos });
        continue;
      }
      if (word === 'if' || word === 'with' || word === 'range') {
        nodes.push(parseControl(word, rest, first.pos));
        continue;
      }
      if (word === 'define' || word === 'template' || word === 'block') throw new TemplateSyntaxError(first.pos, `{{${word}}} is not supported here`);
      const p = new PipeParser(item.tokens, src, funcs);
      nodes.push({ kind: 'action', pipe: p.parsePipe(true) });
    }
    return { nodes, stop: 'eof', pos: src.length };
  };

  const parseControl = (word: 'if' | 'with' | 'range', tokens: Token[], pos: number): Node => {
    if (tokens.length === 0) throw new TemplateSyntaxError(pos, `missing value for ${word}`);
    const pipe = new PipeParser(tokens, src, funcs).parsePipe(true);
    const body = parseList();
    if (body.stop === 'eof') throw new TemplateSyntaxError(src.length, 'unexpected EOF');
    let elseList: Node[] = [];
    if (body.stop === 'else') {
      const elseTokens = body.elseTokens ?? [];
      if (elseTokens.length > 0 && elseTokens[0].kind === 'ident' && (elseTokens[0].name === 'if' || elseTokens[0].name === 'with')) {
        // `{{else if x}}` is `{{else}}{{if x}}…{{end}}` sharing the outer {{end}}
        elseList = [parseControl(elseTokens[0].name, elseTokens.slice(1), elseTokens[0].pos)];
      } else {
        const rest = parseList();
        if (rest.stop === 'eof') throw new TemplateSyntaxError(src.length, 'unexpected EOF');
        if (rest.stop === 'else') throw new TemplateSyntaxError(rest.pos, 'expected end; found {{else}}');
        elseList = rest.nodes;
      }
    }
    return { kind: word, pipe, list: body.nodes, elseList };
  };

  const top = parseList();
  if (top.stop === 'end') throw new TemplateSyntaxError(top.pos, 'unexpected {{end}}');
  if (top.stop === 'else') throw new TemplateSyntaxError(top.pos, 'unexpected {{else}}');
  return top.nodes;
}
