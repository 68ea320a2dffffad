/**
 * Renaming, listing with filters, and pruning containers (moby daemon/rename.go,
 * list.go, prune.go).
 */
import type { Container } from '../../container/container.ts';
import { invalidParameter } from '../../errdefs.ts';
import type { DaemonContext } from '../context.ts';
import { sizeRw } from './changes.ts';
import { checkName } from './create.ts';
import { emitContainerEvent } from './events.ts';
import { removeContainer } from './remove.ts';
import { containerSummary } from './views.ts';

export function renameContainer(ctx: DaemonContext, ref: string, newName: string): void {
  const container = ctx.containers.get(ref);
  if (!newName) throw invalidParameter('Neither old nor new names may be empty');
  const bare = newName.replace(/^\//, '');
  if (bare === container.name) throw invalidParameter('Renaming a container with the same name as its current name');
  checkName(ctx, newName);
  const oldName = container.name;
  container.name = bare;
  emitContainerEvent(ctx, container, 'rename', { oldName: `/${oldName}` });
}

export type Filters = Record<string, Record<string, boolean> | string[]>;

/** Filter values from the API's JSON (`{"status":{"exited":true}}` or the legacy `{"status":["exited"]}`). */
export function filterValues(filters: Filters, key: string): string[] {
  const v = filters[key];
  if (!v) return [];
  return Array.isArray(v) ? v : Object.keys(v).filter((k) => v[k]);
}

const knownFilters = ['status', 'name', 'id', 'ancestor', 'label', 'exited', 'before', 'since', 'network', 'volume', 'health', 'publish', 'expose', 'is-task'];

function matches(ctx: DaemonContext, c: Container, filters: Filters): boolean {
  const test = (key: string, pred: (v: string) => boolean) => {
    const values = filterValues(filters, key);
    return values.length === 0 || values.some(pred);
  };
  return (
    test('status', (v) => c.status === v) &&
    test('name', (v) => new RegExp(v).test(c.name)) &&
    test('id', (v) => c.id.startsWith(v)) &&
    test('exited', (v) => c.status === 'exited' && String(c.state.ExitCode) === v) &&
    test('label', (v) => {
      const [k, val] = v.split('=');
      const labels = c.config.Labels ?? {};
      return val === undefined ? k in labels : labels[k] === val;
    }) &&
    test('ancestor', (v) => {
      try {
        return ctx.images.resolve(v).id === c.imageId;
      } catch {
        return false;
      }
    })
  );
}

export function listContainers(ctx: DaemonContext, options: { all?: boolean; limit?: number; size?: boolean; filters?: Filters }): Record<string, unknown>[] {
  const filters = options.filters ?? {};
  for (const key of Object.keys(filters)) if (!knownFilters.includes(key)) throw invalidParameter(`invalid filter '${key}'`);
  const statusFilter = filterValues(filters, 'status');
  let list = ctx.containers.all().filter((c) => options.all || c.isRunning || statusFilter.length > 0 || (options.limit ?? 0) > 0);
  list = list.filter((c) => matches(ctx, c, filters));
  if (options.limit && options.limit > 0) list = list.slice(0, options.limit);
  return list.map((c) => containerSummary(ctx, c, options.size));
}

export function pruneContainers(ctx: DaemonContext): { ContainersDeleted: string[] | null; SpaceReclaimed: number } {
  const deleted: string[] = [];
  let reclaimed = 0;
  for (const c of ctx.containers.all().reverse()) {
    if (c.isRunning || c.status === 'paused' || c.status === 'restarting') continue;
    reclaimed += sizeRw(c);
    removeContainer(ctx, c.id);
    deleted.push(c.id);
  }
  emitPrune(ctx, reclaimed);
  return { ContainersDeleted: deleted.length > 0 ? deleted : null, SpaceReclaimed: reclaimed };
}

function emitPrune(ctx: DaemonContext, reclaimed: number): void {
  const now = ctx.clock.now();
  ctx.events.emit({
    kind: 'docker',
    message: { Type: 'container', Action: 'prune', Actor: { ID: '', Attributes: { reclaimed: String(reclaimed) } }, scope: 'local', time: Math.floor(now / 1000), timeNano: now * 1e6 },
  });
}
