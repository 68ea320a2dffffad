/**
 * Build arguments as moby's builder/dockerfile/buildargs.go keeps them: the values the
 * client sent (`--build-arg`), the ARGs declared so far in the stage with their
 * defaults, the meta ARGs declared before the first FROM, and the proxy variables that
 * need no declaration. It answers what an expansion sees, what a RUN gets in its
 * environment (and in its `|N k=v` cache prefix), and which client args went unused.
 */
import { envToMap } from '../../container/config.ts';

export const PREDEFINED_ARGS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

export class BuildArgs {
  /** Declared in the current stage, in order, with the default written in the Dockerfile. */
  private readonly allowed = new Map<string, string | undefined>();
  private readonly meta = new Map<string, string | undefined>();
  constructor(
    private readonly given: Readonly<Record<string, string | null>>,
    private readonly referenced = new Set<string>(),
  ) {}

  /** A fresh scope for a new stage, keeping the client values, meta args and usage. */
  forStage(): BuildArgs {
    const next = new BuildArgs(this.given, this.referenced);
    for (const [k, v] of this.meta) next.meta.set(k, v);
    return next;
  }

  addMetaArg(key: string, value: string | undefined): void {
    this.meta.set(key, value);
    this.referenced.add(key);
  }

  /** `ARG key[=value]` inside a stage; `ARG key` alone re-imports a meta ARG's default. */
  addArg(key: string, value: string | undefined): void {
    const dflt = value === undefined && this.meta.has(key) ? this.meta.get(key) : value;
    this.allowed.set(key, dflt);
    this.referenced.add(key);
  }

  private valueOf(key: string, dflt: string | undefined): string | undefined {
    const given = this.given[key];
    if (given !== undefined && given !== null) return given;
    return dflt;
  }

  /** What meta ARGs are worth in FROM lines. */
  metaValues(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [k, d] of this.meta) {
      const v = this.valueOf(k, d);
      if (v !== undefined) out.set(k, v);
    }
    return out;
  }

  /** Declared (or predefined and given) args with a value, not shadowed by ENV: moby FilterAllowed. */
  filterAllowed(env: readonly string[]): Map<string, string> {
    const envKeys = envToMap(env);
    const out = new Map<string, string>();
    for (const [k, d] of this.allowed) {
      const v = this.valueOf(k, d);
      if (v !== undefined && !envKeys.has(k)) out.set(k, v);
    }
    for (const k of PREDEFINED_ARGS) {
      const v = this.given[k];
      if (typeof v === 'string' && !envKeys.has(k) && !out.has(k)) out.set(k, v);
    }
    return out;
  }

  /** Declared ARGs as the expansion environment sees them (undefined = declared, unset). */
  declared(): Map<string, string | undefined> {
    const out = new Map<string, string | undefined>();
    for (const [k, d] of this.allowed) out.set(k, this.valueOf(k, d));
    return out;
  }

  /** Client args that no ARG (meta or stage) declared, sorted: the classic warning. */
  unused(): string[] {
    return Object.keys(this.given)
      .filter((k) => !this.referenced.has(k) && !PREDEFINED_ARGS.includes(k))
      .sort();
  }
}
