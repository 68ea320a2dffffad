import { describe, expect, test } from 'vitest';
import { createActor, SimulatedClock, type InspectionEvent } from 'xstate';
import { containerMachine, narrateContainer, type ContainerEvent } from '../../../src/sim/trace/container.machine.ts';
import { stateString } from '../../../src/sim/trace/narration.ts';
import { narratePull, pullMachine, type PullEvent } from '../../../src/sim/trace/pull.machine.ts';
import { traceActor } from '../../../src/sim/trace/traced-actor.ts';

/** Drive a machine through xstate's inspection API with a simulated clock; list its microsteps. */
function inspectMachine(machine: typeof pullMachine | typeof containerMachine, events: { type: string }[], input?: unknown): string[] {
  const seen: string[] = [];
  const inspect = (e: InspectionEvent) => {
    if (e.type === '@xstate.microstep' && e._transitions.length > 0) seen.push(`${e.event.type} → ${stateString((e.snapshot as unknown as { value: unknown }).value)}`);
  };
  const actor = createActor(machine as typeof pullMachine, { inspect, clock: new SimulatedClock(), input: input as never });
  actor.start();
  for (const event of events) actor.send(event as PullEvent);
  return seen;
}

const layer = (n: number) => `sha256:${String(n).repeat(64)}`;

describe('the pull machine', () => {
  test('downloads blobs in parallel with extraction, skips layers that exist, then tags and finishes', () => {
    const events: PullEvent[] = [
      { type: 'start', reference: 'docker.io/library/node:18', registry: 'docker.io', local: false },
      { type: 'manifest', registry: 'docker.io', repository: 'library/node', reference: '18', digest: layer(9), found: true },
      { type: 'blob', digest: layer(1), bytes: 0, outcome: 'exists' },
      { type: 'blob', digest: layer(2), bytes: 3_400_000, outcome: 'transferred' },
      { type: 'extract', diffId: layer(3), size: 3_400_000 },
      { type: 'blob', digest: layer(4), bytes: 1200, outcome: 'transferred' },
      { type: 'extract', diffId: layer(5), size: 1200 },
      { type: 'tag', imageId: layer(6), reference: 'docker.io/library/node:18' },
      { type: 'finish' },
    ];
    expect(inspectMachine(pullMachine, events)).toMatchInlineSnapshot(`
      [
        "start → resolving",
        "manifest → manifest",
        "blob → downloading",
        "blob → downloading",
        "extract → extracting",
        "blob → downloading",
        "extract → extracting",
        "tag → tagging",
        "finish → done",
      ]
    `);
    const sentences: string[] = [];
    const actor = traceActor(pullMachine, narratePull as never, (t) => sentences.push(t.sentence));
    events.forEach((e) => actor.send(e));
    expect(sentences).toMatchInlineSnapshot(`
      [
        "The daemon does not have node:18, so it asks Docker Hub for the manifest.",
        "Docker Hub sends the manifest of node:18 (999999999999): the list of layers that make up the image.",
        "Layer 111111111111 already exists locally, so it is not downloaded again.",
        "Layer 222222222222 (3.4MB) is downloaded from Docker Hub.",
        "Layer 333333333333 (3.4MB) is unpacked into the local layer store.",
        "Layer 444444444444 (1.2kB) is downloaded from Docker Hub.",
        "Layer 555555555555 (1.2kB) is unpacked into the local layer store.",
        "The image 666666666666 is stored and tagged node:18.",
        "The pull of node:18 is complete: 2 layers downloaded, 1 already present.",
      ]
    `);
  });

  test('ignores events that make no sense in the current state', () => {
    expect(inspectMachine(pullMachine, [{ type: 'blob' }, { type: 'finish' }])).toEqual([]);
  });
});

describe('the container machine', () => {
  test('goes created ⇄ running ⇄ paused → exited → removed, and cannot unpause what is not paused', () => {
    const events: ContainerEvent[] = [
      { type: 'create', name: 'web', image: 'nginx' },
      { type: 'unpause' },
      { type: 'start' },
      { type: 'pause' },
      { type: 'unpause' },
      { type: 'exit', exitCode: 137 },
      { type: 'restarting' },
      { type: 'start' },
      { type: 'exit', exitCode: 0 },
      { type: 'remove' },
      { type: 'start' },
    ];
    expect(inspectMachine(containerMachine, events, { id: 'c1' })).toMatchInlineSnapshot(`
      [
        "create → created",
        "start → running",
        "pause → paused",
        "unpause → running",
        "exit → exited",
        "restarting → restarting",
        "start → running",
        "exit → exited",
        "remove → removed",
      ]
    `);
    const sentences: string[] = [];
    const actor = traceActor(containerMachine, narrateContainer as never, (t) => sentences.push(`${t.from} → ${t.to}: ${t.sentence}`), { id: 'c1' });
    events.forEach((e) => actor.send(e));
    expect(sentences).toMatchInlineSnapshot(`
      [
        "idle → created: Container web is created from nginx: a thin writable layer on top of the image's read-only layers.",
        "created → running: Container web starts: the daemon runs its main process.",
        "running → paused: Container web is paused: its processes are frozen but keep their memory.",
        "paused → running: Container web is unpaused and its processes carry on.",
        "running → exited: The container web exits with code 137.",
        "exited → restarting: Container web is restarting, as its restart policy asks.",
        "restarting → running: The daemon starts container web again.",
        "running → exited: The container web exits with code 0.",
        "exited → removed: Container web is removed, with its writable layer.",
      ]
    `);
    expect(actor.done()).toBe(true);
  });
});
