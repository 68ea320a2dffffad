/** `export [-p] [NAME[=value]…]`: mark variables for the environment of child processes. */
import type { Builtin } from './types.ts';

export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'"'"'`)}'`;
}

export const exportBuiltin: Builtin = async (sh, argv, io) => {
  const args = argv.slice(1).filter((a) => a !== '-p');
  if (args.length === 0) {
    const names = [...sh.vars.keys()].filter((n) => sh.vars.get(n)!.exported).sort();
    for (const name of names) io.stdout.write(`export ${name}=${shellQuote(sh.vars.get(name)!.value)}\n`);
    return 0;
  }
  let status = 0;
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      sh.error(io, `export: ${arg}: bad variable name`);
      status = 1;
      continue;
    }
    if (eq >= 0) sh.set(name, arg.slice(eq + 1), true);
    else {
      const existing = sh.vars.get(name);
      if (existing) existing.exported = true;
      else sh.vars.set(name, { value: '', exported: true });
      // An exported but unset variable is not in the environment; close enough: empty.
    }
  }
  return status;
};
