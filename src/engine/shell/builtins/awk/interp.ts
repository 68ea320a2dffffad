/**
 * Runs an awk program over its input: records split on RS (newline) and fields on FS
 * (a space means runs of blanks; one character literally; longer is a regex), awk's
 * string/number duality (a value that looks numeric compares as a number), the
 * special variables (NR, NF, FS, OFS, ORS, SUBSEP, RSTART, RLENGTH, ENVIRON,
 * FILENAME), the built-in functions and user functions.
 */
import type { AwkProgram, Expr, Stmt } from './ast.ts';
import { callBuiltin } from './builtins.ts';
import { formatPrintf } from './format.ts';

type Value = string | number;
class Next {}
class Exit {
  constructor(readonly status: number) {}
}
class Break {}
class Continue {}
/** Thrown when a program loops past its step budget (the interpreter cannot yield). */
export class AwkBudget {}
/** Loop iterations an awk program may run: it is synchronous, so the engine would freeze without a bound. */
export const awkStepBudget = 5_000_000;
class Return {
  constructor(readonly value: Value) {}
}

const numeric = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

export function toNum(v: Value): number {
  if (typeof v === 'number') return v;
  const m = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(v);
  return m ? Number(m[0]) : 0;
}

export function toStr(v: Value, fmt = '%.6g'): string {
  if (typeof v === 'string') return v;
  if (Number.isInteger(v)) return String(v);
  return formatPrintf(fmt, [v]);
}

export class AwkInterpreter {
  vars = new Map<string, Value>();
  arrays = new Map<string, Map<string, Value>>();
  fields: string[] = [''];
  output = '';
  private locals: Map<string, Value | Map<string, Value>>[] = [];
  private ranges = new Set<number>();
  private steps = 0;

  constructor(
    readonly program: AwkProgram,
    env: Record<string, string>,
    private readonly write: (text: string) => void,
  ) {
    for (const [name, value] of Object.entries({ FS: ' ', OFS: ' ', ORS: '\n', NR: 0, NF: 0, SUBSEP: '\x1c', RSTART: 0, RLENGTH: -1, CONVFMT: '%.6g', OFMT: '%.6g' })) this.vars.set(name, value);
    this.arrays.set('ENVIRON', new Map(Object.entries(env)));
  }

  /** Run BEGIN, each record, END; returns the exit status. */
  run(records: () => Iterable<string>): number {
    try {
      for (const stmt of this.program.begin) this.exec(stmt);
      if (this.program.rules.length > 0 || this.program.end.length > 0) {
        for (const record of records()) {
          this.vars.set('NR', toNum(this.vars.get('NR')!) + 1);
          this.setRecord(record);
          try {
            this.program.rules.forEach((rule, i) => this.runRule(rule, i));
          } catch (signal) {
            if (!(signal instanceof Next)) throw signal;
          }
        }
      }
    } catch (signal) {
      if (!(signal instanceof Exit)) throw signal;
      try {
        for (const stmt of this.program.end) this.exec(stmt);
      } catch (inner) {
        if (inner instanceof Exit) return inner.status;
        throw inner;
      }
      return signal.status;
    }
    try {
      for (const stmt of this.program.end) this.exec(stmt);
    } catch (signal) {
      if (signal instanceof Exit) return signal.status;
      throw signal;
    }
    return 0;
  }

  private runRule(rule: AwkProgram['rules'][number], i: number): void {
    let matched: boolean;
    if (rule.end) {
      if (this.ranges.has(i)) {
        matched = true;
        if (this.truthy(this.eval(rule.end))) this.ranges.delete(i);
      } else if (rule.pattern && this.truthy(this.eval(rule.pattern))) {
        matched = true;
        if (!this.truthy(this.eval(rule.end))) this.ranges.add(i);
      } else matched = false;
    } else matched = rule.pattern ? this.truthy(this.eval(rule.pattern)) : true;
    if (!matched) return;
    if (rule.body) this.exec(rule.body);
    else this.write(this.fields[0] + toStr(this.vars.get('ORS')!));
  }

  setRecord(record: string): void {
    this.fields = [record, ...this.split(record, toStr(this.vars.get('FS')!))];
    this.vars.set('NF', this.fields.length - 1);
  }

  split(text: string, fs: string): string[] {
    if (fs === ' ') return text.trim() === '' ? [] : text.trim().split(/[ \t\n]+/);
    if (text === '') return [];
    if (fs.length === 1 && fs !== '\\') return text.split(fs);
    return text.split(new RegExp(fs));
  }

  truthy(v: Value): boolean {
    if (typeof v === 'number') return v !== 0;
    return v !== '';
  }

  private array(name: string): Map<string, Value> {
    const local = this.locals[this.locals.length - 1]?.get(name);
    if (local instanceof Map) return local;
    let arr = this.arrays.get(name);
    if (!arr) {
      arr = new Map();
      this.arrays.set(name, arr);
    }
    return arr;
  }

  private key(subs: Expr[]): string {
    return subs.map((s) => toStr(this.eval(s))).join(toStr(this.vars.get('SUBSEP')!));
  }

  private get(target: Expr): Value {
    return this.eval(target);
  }

  private set(target: Expr, value: Value): Value {
    if (target.k === 'var') {
      const frame = this.locals[this.locals.length - 1];
      if (frame?.has(target.name)) frame.set(target.name, value);
      else this.vars.set(target.name, value);
      if (target.name === 'NF') this.setNF(toNum(value));
    } else if (target.k === 'index') this.array(target.name).set(this.key(target.subs), value);
    else if (target.k === 'field') {
      const n = toNum(this.eval(target.e));
      if (n === 0) this.setRecord(toStr(value));
      else {
        while (this.fields.length <= n) this.fields.push('');
        this.fields[n] = toStr(value);
        this.vars.set('NF', this.fields.length - 1);
        this.fields[0] = this.fields.slice(1).join(toStr(this.vars.get('OFS')!));
      }
    }
    return value;
  }

  private setNF(n: number): void {
    this.fields = this.fields.slice(0, n + 1);
    while (this.fields.length <= n) this.fields.push('');
    this.fields[0] = this.fields.slice(1).join(toStr(this.vars.get('OFS')!));
  }

  exec(stmt: Stmt): void {
    switch (stmt.k) {
      case 'print': {
        if (stmt.printf) {
          const [fmt, ...args] = stmt.args.map((a) => this.eval(a));
          this.write(formatPrintf(toStr(fmt ?? ''), args));
        } else {
          const text = stmt.args.length === 0 ? this.fields[0] : stmt.args.map((a) => toStr(this.eval(a), toStr(this.vars.get('OFMT')!))).join(toStr(this.vars.get('OFS')!));
          this.write(text + toStr(this.vars.get('ORS')!));
        }
        return;
      }
      case 'expr':
        this.eval(stmt.e);
        return;
      case 'if':
        if (this.truthy(this.eval(stmt.c))) this.exec(stmt.t);
        else if (stmt.f) this.exec(stmt.f);
        return;
      case 'block':
        for (const s of stmt.body) this.exec(s);
        return;
      case 'while':
        while (this.truthy(this.eval(stmt.c))) if (this.loopBody(stmt.body)) break;
        return;
      case 'do':
        do if (this.loopBody(stmt.body)) break;
        while (this.truthy(this.eval(stmt.c)));
        return;
      case 'for':
        for (stmt.init && this.exec(stmt.init); stmt.c ? this.truthy(this.eval(stmt.c)) : true; stmt.step && this.exec(stmt.step)) if (this.loopBody(stmt.body)) break;
        return;
      case 'forin':
        for (const key of [...this.array(stmt.arr).keys()]) {
          this.set({ k: 'var', name: stmt.v }, key);
          if (this.loopBody(stmt.body)) break;
        }
        return;
      case 'next':
        throw new Next();
      case 'break':
        throw new Break();
      case 'continue':
        throw new Continue();
      case 'exit':
        throw new Exit(stmt.e ? toNum(this.eval(stmt.e)) : 0);
      case 'return':
        throw new Return(stmt.e ? this.eval(stmt.e) : '');
      case 'delete':
        if (stmt.subs) this.array(stmt.name).delete(this.key(stmt.subs));
        else this.array(stmt.name).clear();
    }
  }

  /** Run a loop body; true when `break` ends the loop. */
  private loopBody(body: Stmt): boolean {
    if (++this.steps > awkStepBudget) throw new AwkBudget();
    try {
      this.exec(body);
      return false;
    } catch (signal) {
      if (signal instanceof Break) return true;
      if (signal instanceof Continue) return false;
      throw signal;
    }
  }

  regexOf(e: Expr): RegExp {
    return new RegExp(e.k === 'regex' ? e.v : toStr(this.eval(e)));
  }

  compare(op: string, a: Value, b: Value): boolean {
    const bothNumeric = (typeof a === 'number' || numeric.test(a)) && (typeof b === 'number' || numeric.test(b));
    const [x, y] = bothNumeric ? [toNum(a), toNum(b)] : [toStr(a), toStr(b)];
    switch (op) {
      case '<':
        return x < y;
      case '<=':
        return x <= y;
      case '>':
        return x > y;
      case '>=':
        return x >= y;
      case '==':
        return x === y;
      default:
        return x !== y;
    }
  }

  eval(e: Expr): Value {
    switch (e.k) {
      case 'num':
      case 'str':
        return e.v;
      case 'regex':
        return new RegExp(e.v).test(this.fields[0]) ? 1 : 0;
      case 'group':
        return this.eval(e.e);
      case 'var': {
        const local = this.locals[this.locals.length - 1]?.get(e.name);
        if (local !== undefined && !(local instanceof Map)) return local;
        return this.vars.get(e.name) ?? '';
      }
      case 'index':
        return this.array(e.name).get(this.key(e.subs)) ?? '';
      case 'field': {
        const n = toNum(this.eval(e.e));
        return this.fields[n] ?? '';
      }
      case 'assign': {
        if (e.op === '=') return this.set(e.target, this.eval(e.value));
        const value = this.arith(e.op.slice(0, 1), toNum(this.get(e.target)), toNum(this.eval(e.value)));
        return this.set(e.target, value);
      }
      case 'cond':
        return this.truthy(this.eval(e.c)) ? this.eval(e.a) : this.eval(e.b);
      case 'un': {
        const v = this.eval(e.e);
        return e.op === '!' ? (this.truthy(v) ? 0 : 1) : e.op === '-' ? -toNum(v) : toNum(v);
      }
      case 'incdec': {
        const old = toNum(this.get(e.target));
        const now = e.op === '++' ? old + 1 : old - 1;
        this.set(e.target, now);
        return e.prefix ? now : old;
      }
      case 'match': {
        const hit = this.regexOf(e.r).test(toStr(this.eval(e.l)));
        return hit !== e.neg ? 1 : 0;
      }
      case 'in':
        return this.array(e.name).has(this.key(e.subs)) ? 1 : 0;
      case 'bin': {
        if (e.op === '&&') return this.truthy(this.eval(e.l)) && this.truthy(this.eval(e.r)) ? 1 : 0;
        if (e.op === '||') return this.truthy(this.eval(e.l)) || this.truthy(this.eval(e.r)) ? 1 : 0;
        const [l, r] = [this.eval(e.l), this.eval(e.r)];
        if (e.op === 'concat') return toStr(l) + toStr(r);
        if (['<', '<=', '>', '>=', '==', '!='].includes(e.op)) return this.compare(e.op, l, r) ? 1 : 0;
        return this.arith(e.op, toNum(l), toNum(r));
      }
      case 'call':
        return this.call(e.name, e.args);
    }
  }

  arith(op: string, a: number, b: number): number {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        return a / b;
      case '%':
        return a % b;
      default:
        return a ** b;
    }
  }

  call(name: string, args: Expr[]): Value {
    const fn = this.program.functions.get(name);
    if (fn) {
      const frame = new Map<string, Value | Map<string, Value>>();
      fn.params.forEach((param, i) => {
        const arg = args[i];
        if (arg?.k === 'var' && this.arrays.has(arg.name)) frame.set(param, this.arrays.get(arg.name)!);
        else frame.set(param, arg ? this.eval(arg) : '');
      });
      this.locals.push(frame);
      try {
        this.exec(fn.body);
        return '';
      } catch (signal) {
        if (signal instanceof Return) return signal.value;
        throw signal;
      } finally {
        this.locals.pop();
      }
    }
    return callBuiltin(this, name, args);
  }

  assignTo(target: Expr, value: Value): void {
    this.set(target, value);
  }

  arrayFor(name: string): Map<string, Value> {
    return this.array(name);
  }
}

