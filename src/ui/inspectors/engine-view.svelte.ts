/**
 * The inspectors' one adapter from the engine to runes: the image and container lists,
 * re-read through the Engine API whenever the engine announces a change (docker events,
 * tags, container state, committed layers), coalesced so a pull of ten layers is one
 * refresh. `changes` counts those announcements so detail views know when to re-read;
 * `output` counts container output for the logs view. API events never trigger a
 * refresh: the inspectors' own reads must not feed back into themselves.
 */
import type { EngineEvent } from '../../engine/events/types.ts';
import { getJson, type InspectorDaemon } from './engine-client.ts';
import type { ContainerSummary, ImageSummary } from './engine-json.ts';

const changeKinds = new Set<EngineEvent['kind']>(['docker', 'image.tag', 'container.state', 'layer.commit']);

export class EngineView {
  images = $state.raw<ImageSummary[]>([]);
  containers = $state.raw<ContainerSummary[]>([]);
  error = $state('');
  changes = $state(0);
  output = $state(0);
  /** The session's virtual time at the last refresh (for "5 minutes ago"). */
  now = $state(0);

  private readonly session: InspectorDaemon & { clock: { now(): number } };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private outputTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(session: InspectorDaemon & { clock: { now(): number } }) {
    this.session = session;
  }

  /** Subscribe and read once; returns the unsubscribe for an $effect. */
  start(): () => void {
    const unsubscribe = this.session.daemon.events.subscribe((event) => {
      if (event.kind === 'process.output') this.outputSoon();
      else if (changeKinds.has(event.kind)) this.schedule();
    });
    void this.refresh();
    return () => {
      unsubscribe();
      clearTimeout(this.timer);
      clearTimeout(this.outputTimer);
    };
  }

  private outputSoon(): void {
    this.outputTimer ??= setTimeout(() => {
      this.outputTimer = undefined;
      this.output++;
    }, 400);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.changes++;
      void this.refresh();
    }, 120);
  }

  async refresh(): Promise<void> {
    try {
      const [images, containers] = await Promise.all([
        getJson<ImageSummary[]>(this.session, '/images/json', { all: '1' }),
        getJson<ContainerSummary[]>(this.session, '/containers/json', { all: '1' }),
      ]);
      this.images = images;
      this.containers = containers;
      this.now = this.session.clock.now();
      this.error = '';
    } catch (e) {
      this.error = `Could not read the engine: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
}
