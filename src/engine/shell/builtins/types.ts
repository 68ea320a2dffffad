/**
 * The shape of a shell builtin: it runs inside the shell with access to its state
 * (variables, cwd, positional parameters), unlike a coreutil, which is a Program and
 * sees only a ProcessContext.
 */
import type { Shell } from '../interpreter.ts';
import type { Io } from '../io.ts';

export type Builtin = (sh: Shell, argv: string[], io: Io) => Promise<number>;
