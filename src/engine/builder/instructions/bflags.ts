/**
 * Instruction flags (`--from=x`, `--link`), as BuildKit's BFlags: each instruction
 * declares the flags it accepts, then the words the parser extracted are checked
 * against them. Errors carry BuildKit's exact messages.
 */
import { invalidParameter } from '../../errdefs.ts';
import { withSuggestion } from './suggest.ts';

type FlagType = 'bool' | 'string' | 'strings';

interface Flag {
  type: FlagType;
  value: string;
  values: string[];
}

export class BFlags {
  private readonly flags = new Map<string, Flag>();
  readonly used: string[] = [];

  constructor(private readonly args: readonly string[]) {}

  private add(name: string, type: FlagType, value: string): Flag {
    const flag: Flag = { type, value, values: [] };
    this.flags.set(name, flag);
    return flag;
  }

  addBool(name: string, def: boolean): Flag {
    return this.add(name, 'bool', def ? 'true' : 'false');
  }

  addString(name: string, def: string): Flag {
    return this.add(name, 'string', def);
  }

  addStrings(name: string): Flag {
    return this.add(name, 'strings', '');
  }

  isUsed(name: string): boolean {
    return this.used.includes(name);
  }

  parse(): void {
    for (const a of this.args) {
      if (a === '--') break; // POSIX: `--` ends the options
      if (!a.startsWith('--')) throw invalidParameter(`arg should start with -- : ${a}`);
      const body = a.slice(2);
      const eq = body.indexOf('=');
      const name = eq < 0 ? body : body.slice(0, eq);
      const value = eq < 0 ? '' : body.slice(eq + 1);
      const hasValue = eq >= 0;
      const flag = this.flags.get(name);
      if (!flag) throw invalidParameter(withSuggestion(`unknown flag: ${name}`, name, [...this.flags.keys()], true));
      if (this.used.includes(name) && flag.type !== 'strings') throw invalidParameter(`duplicate flag specified: ${name}`);
      if (!this.used.includes(name)) this.used.push(name);
      if (flag.type === 'bool') {
        if (hasValue && value === '') throw invalidParameter(`missing a value on flag: ${name}`);
        const v = value.toLowerCase();
        if (v === 'true' || v === '') flag.value = 'true';
        else if (v === 'false') flag.value = 'false';
        else throw invalidParameter(`expecting boolean value for flag ${name}, not: ${value}`);
      } else {
        if (!hasValue) throw invalidParameter(`missing a value on flag: ${name}`);
        if (flag.type === 'string') flag.value = value;
        else flag.values.push(value);
      }
    }
  }
}
