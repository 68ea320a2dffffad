/**
 * The daemon's containers, found as moby's GetContainer finds them: full ID, then exact
 * name (with or without the leading slash), then a unique ID prefix.
 */
import { notFound, invalidParameter } from '../../errdefs.ts';
import type { Container } from '../../container/container.ts';

export class ContainerStore {
  private byId = new Map<string, Container>();

  add(container: Container): void {
    this.byId.set(container.id, container);
  }

  delete(id: string): void {
    this.byId.delete(id);
  }

  /** Newest first, as the daemon lists them. */
  all(): Container[] {
    return [...this.byId.values()].reverse();
  }

  byName(name: string): Container | undefined {
    const bare = name.startsWith('/') ? name.slice(1) : name;
    for (const c of this.byId.values()) if (c.name === bare) return c;
    return undefined;
  }

  /** @throws EngineError NotFound `No such container: <ref>` */
  get(ref: string): Container {
    const found = this.find(ref);
    if (!found) throw notFound(`No such container: ${ref}`);
    return found;
  }

  find(ref: string): Container | undefined {
    if (ref === '') return undefined;
    const exact = this.byId.get(ref);
    if (exact) return exact;
    const named = this.byName(ref);
    if (named) return named;
    if (!/^[a-f0-9]+$/.test(ref)) return undefined;
    const matches = [...this.byId.values()].filter((c) => c.id.startsWith(ref));
    if (matches.length > 1) throw invalidParameter(`Multiple IDs found with provided prefix: ${ref}`);
    return matches[0];
  }

  get size(): number {
    return this.byId.size;
  }
}
