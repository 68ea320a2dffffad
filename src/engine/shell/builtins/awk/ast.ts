/** The syntax tree of an awk program, as parser.ts builds it and interp.ts runs it. */

export type Expr =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  /** A bare /re/: matches $0. */
  | { k: 'regex'; v: string }
  | { k: 'var'; name: string }
  | { k: 'index'; name: string; subs: Expr[] }
  | { k: 'field'; e: Expr }
  | { k: 'assign'; op: string; target: Expr; value: Expr }
  | { k: 'cond'; c: Expr; a: Expr; b: Expr }
  | { k: 'bin'; op: string; l: Expr; r: Expr }
  | { k: 'un'; op: string; e: Expr }
  | { k: 'incdec'; op: '++' | '--'; prefix: boolean; target: Expr }
  | { k: 'match'; neg: boolean; l: Expr; r: Expr }
  | { k: 'in'; subs: Expr[]; name: string }
  | { k: 'call'; name: string; args: Expr[] }
  | { k: 'group'; e: Expr };

export type Stmt =
  | { k: 'print'; args: Expr[]; printf: boolean }
  | { k: 'expr'; e: Expr }
  | { k: 'if'; c: Expr; t: Stmt; f?: Stmt }
  | { k: 'while'; c: Expr; body: Stmt }
  | { k: 'do'; body: Stmt; c: Expr }
  | { k: 'for'; init?: Stmt; c?: Expr; step?: Stmt; body: Stmt }
  | { k: 'forin'; v: string; arr: string; body: Stmt }
  | { k: 'block'; body: Stmt[] }
  | { k: 'next' | 'break' | 'continue' }
  | { k: 'exit' | 'return'; e?: Expr }
  | { k: 'delete'; name: string; subs?: Expr[] };

export interface Rule {
  pattern?: Expr;
  /** `pat1, pat2` ranges. */
  end?: Expr;
  body?: Stmt;
}

export interface AwkProgram {
  begin: Stmt[];
  end: Stmt[];
  rules: Rule[];
  functions: Map<string, { params: string[]; body: Stmt }>;
}
