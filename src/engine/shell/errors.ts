/**
 * How the shell unwinds: syntax errors from the parser, and the control-flow signals
 * (`break`, `continue`, `return`, `exit`) the interpreter throws to leave loops,
 * functions and the shell itself. These are internal to the shell; a command's failure
 * is always a status, never an exception.
 */

export class ShellSyntaxError extends Error {
  /** True when more input could complete the text (unterminated quote, `if` without `fi`). */
  readonly incomplete: boolean;
  constructor(message: string, incomplete = false) {
    super(message);
    this.name = 'ShellSyntaxError';
    this.incomplete = incomplete;
  }
}

/** A failed expansion (`${x?}`, bad arithmetic): the command fails, a script shell exits. */
export class ExpansionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExpansionError';
  }
}

export class BreakSignal {
  constructor(
    readonly levels: number,
    readonly isContinue: boolean,
  ) {}
}

export class ReturnSignal {
  constructor(readonly status: number) {}
}

export class ExitSignal {
  constructor(readonly status: number) {}
}
