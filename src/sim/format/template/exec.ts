/**
 * Executes a parsed template against JavaScript data the way Go's text/template
 * executes against Go values, including its error texts:
 * `template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type T`.
 * The root object behaves as a struct (a missing field is an error naming `typeName`),
 * nested plain objects and `Map`s as Go maps (a missing key prints `<no value>`).
 * Function-valued fields are methods: `{{.Label "k"}}` calls `Label('k')`.
 */
import { goJson } from '../json.ts';
import type { TemplateFunc } from './funcs.ts';
import type { Arg, Command, Node, Pipe } from './parse.ts';
import { isTrue, goTypeName, printValue } from './value.ts';

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

export interface ExecOptions {
  src: string;
  funcs: Record<string, TemplateFunc>;
  /** Go type of the root data for errors; null makes the root behave as a map. */
  typeName: string | null;
  /** `{{json .}}` of the root: 'context' sorts keys and escapes HTML (formatter MarshalJSON). */
  rootJson: 'context' | 'plain';
}

const arity: Record<string, [number, number]> = {
  json: [1, 1], split: [2, 2], join: [2, 2], title: [1, 1], lower: [1, 1], upper: [1, 1], pad: [3, 3], truncate: [2, 2],
  not: [1, 1], len: [1, 1], index: [1, Infinity], printf: [1, Infinity], eq: [1, Infinity], ne: [2, 2], lt: [2, 2], le: [2, 2],
  gt: [2, 2], ge: [2, 2], and: [1, Infinity], or: [1, Infinity], slice: [1, 3],
};

const NONE = Symbol('no final value');

/**
 * formatter.MarshalJSON: a context marshals as a map of its exported zero-argument
 * methods (here: capitalized fields, calling zero-argument functions, skipping
 * functions that take arguments and FullHeader).
 */
function contextMap(ctx: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(ctx)) {
    if (!/^[A-Z]/.test(key) || key === 'FullHeader') continue;
    const v = ctx[key];
    if (typeof v === 'function') {
      if (v.length === 0) out[key] = (v as () => unknown).call(ctx);
    } else out[key] = v;
  }
  return out;
}
const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');

export function execute(nodes: Node[], data: unknown, opts: ExecOptions): string {
  const out: string[] = [];
  const vars: { name: string; value: unknown }[] = [{ name: '$', value: data }];

  const fail = (pos: number, context: string, message: string): never => {
    const before = opts.src.slice(0, pos);
    const line = before.split('\n').length;
    const col = pos - (before.lastIndexOf('\n') + 1);
    const ctx = context.length > 20 ? context.slice(0, 20) + '...' : context;
    throw new TemplateError(`template: :${line}:${col}: executing "" at <${ctx}>: ${message}`);
  };

  const field = (receiver: unknown, name: string, args: unknown[], arg: { pos: number; text: string }): unknown => {
    if (receiver === null || receiver === undefined) return fail(arg.pos, arg.text, `nil pointer evaluating interface {}.${name}`);
    if (receiver instanceof Map) return receiver.get(name);
    if (typeof receiver !== 'object') return fail(arg.pos, arg.text, `can't evaluate field ${name} in type ${goTypeName(receiver)}`);
    const isRoot = receiver === data;
    const plain = Object.getPrototypeOf(receiver) === Object.prototype || Object.getPrototypeOf(receiver) === null;
    if (!(name in receiver)) {
      if (isRoot && opts.typeName !== null) return fail(arg.pos, arg.text, `can't evaluate field ${name} in type ${opts.typeName}`);
      if (plain && !isRoot) return undefined;
      if (!plain) return fail(arg.pos, arg.text, `can't evaluate field ${name} in type *${receiver.constructor.name}`);
      return undefined;
    }
    const value = (receiver as Record<string, unknown>)[name];
    if (typeof value === 'function') return (value as TemplateFunc).apply(receiver, args);
    if (args.length > 0) return fail(arg.pos, arg.text, `${name} has arguments but cannot be invoked as function`);
    return value;
  };

  const chain = (start: unknown, fields: string[], args: unknown[], arg: { pos: number; text: string }): unknown => {
    let v = start;
    fields.forEach((name, i) => {
      v = field(v, name, i === fields.length - 1 ? args : [], arg);
    });
    return v;
  };

  const lookupVar = (name: string, arg: { pos: number; text: string }) => {
    for (let i = vars.length - 1; i >= 0; i--) if (vars[i].name === name) return vars[i].value;
    return fail(arg.pos, arg.text, `undefined variable: ${name}`);
  };

  const evalArg = (arg: Arg, dot: unknown, args: unknown[] = []): unknown => {
    switch (arg.kind) {
      case 'literal':
        return arg.value;
      case 'chain': {
        const start = arg.head.kind === 'var' ? lookupVar(arg.head.name, arg) : dot;
        if (arg.fields.length === 0 && args.length > 0) return fail(arg.pos, arg.text, `can't give argument to non-function ${arg.text}`);
        return chain(start, arg.fields, args, arg);
      }
      case 'paren':
        return chain(evalPipe(arg.pipe, dot), arg.fields, args, arg);
      case 'func':
        return callFunc(arg.name, [], arg);
    }
  };

  const callFunc = (name: string, args: unknown[], cmd: { pos: number; text: string }): unknown => {
    const [min, max] = arity[name] ?? [0, Infinity];
    if (args.length < min || args.length > max) {
      return fail(cmd.pos, cmd.text, `wrong number of args for ${name}: want ${min === max ? min : `at least ${min}`} got ${args.length}`);
    }
    try {
      if (name === 'json' && args[0] === data && opts.rootJson === 'context' && data !== null && typeof data === 'object') {
        return goJson(contextMap(data as Record<string, unknown>), { sortKeys: true, escapeHTML: true });
      }
      return opts.funcs[name](...args);
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      const message = (e as Error).message;
      return fail(cmd.pos, cmd.text, message.startsWith('wrong type') ? message : `error calling ${name}: ${message}`);
    }
  };

  const evalCommand = (cmd: Command, dot: unknown, final: unknown): unknown => {
    const [first, ...rest] = cmd.args;
    const args = rest.map((a) => evalArg(a, dot));
    if (final !== NONE) args.push(final);
    if (first.kind === 'func') return callFunc(first.name, args, cmd);
    if (first.kind === 'literal' && args.length > 0) return fail(first.pos, first.text, `can't give argument to non-function ${first.text}`);
    return evalArg(first, dot, args);
  };

  const evalPipe = (pipe: Pipe, dot: unknown): unknown => {
    let value: unknown = NONE;
    for (const cmd of pipe.cmds) value = evalCommand(cmd, dot, value);
    for (const name of pipe.decl) {
      if (pipe.assign) {
        const slot = [...vars].reverse().find((v) => v.name === name);
        if (!slot) fail(pipe.pos, name, `undefined variable: ${name}`);
        else slot.value = value;
      } else vars.push({ name, value });
    }
    return value;
  };

  const iterate = (v: unknown, pos: number): [unknown, unknown][] => {
    if (v === null || v === undefined) return [];
    if (Array.isArray(v)) return v.map((x, i) => [i, x]);
    if (typeof v === 'number' && Number.isInteger(v)) return Array.from({ length: Math.max(0, v) }, (_x, i) => [i, i]);
    if (v instanceof Map) return [...v.keys()].sort().map((k) => [k, v.get(k)]);
    if (typeof v === 'object') return Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]);
    return fail(pos, 'range', `range can't iterate over ${printValue(v)}`);
  };

  const walk = (list: Node[], dot: unknown): void => {
    for (const node of list) {
      switch (node.kind) {
        case 'text':
          out.push(node.text);
          break;
        case 'action': {
          // a declaration prints nothing and stays in scope until the enclosing {{end}}
          const v = evalPipe(node.pipe, dot);
          if (node.pipe.decl.length === 0) out.push(printValue(v));
          break;
        }
        case 'break':
          throw BREAK;
        case 'continue':
          throw CONTINUE;
        case 'if':
        case 'with': {
          const mark = vars.length;
          const v = evalPipe(node.pipe, dot);
          if (isTrue(v)) walk(node.list, node.kind === 'with' ? v : dot);
          else walk(node.elseList, dot);
          vars.length = mark;
          break;
        }
        case 'range': {
          const mark = vars.length;
          const decl = node.pipe.decl;
          const v = evalPipe({ ...node.pipe, decl: [] }, dot);
          const entries = iterate(v, node.pipe.pos);
          if (entries.length === 0) walk(node.elseList, dot);
          for (const [key, elem] of entries) {
            if (decl.length === 1) vars.push({ name: decl[0], value: elem });
            if (decl.length === 2) vars.push({ name: decl[0], value: key }, { name: decl[1], value: elem });
            try {
              walk(node.list, elem);
            } catch (signal) {
              if (signal === BREAK) break;
              if (signal !== CONTINUE) throw signal;
            } finally {
              vars.length = mark;
            }
          }
          vars.length = mark;
          break;
        }
      }
    }
  };

  walk(nodes, data);
  return out.join('');
}
