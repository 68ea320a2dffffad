/**
 * The userland's public surface: the shell as a Program and as an interactive session,
 * the coreutils, and the ProgramResolver containers start their processes with.
 */
export { shellProgram } from './program.ts';
export { createShellSession } from './session.ts';
export type { SessionOptions, ShellSession } from './session.ts';
export type { ShellConfig } from './state.ts';
export { coreutilPrograms, createUserland, multiCall, userlandPrograms } from './userland.ts';
