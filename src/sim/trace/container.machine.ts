/**
 * One container's lifecycle: created ⇄ running ⇄ paused → exited → removed, with
 * restarting (restart policies, `docker restart`) and dead. Fed by the engine's
 * `container.state` events and the `create` docker event (which carries name and image).
 */
import { assign, setup } from 'xstate';
import type { Narrator } from './narration.ts';
import { short } from './words.ts';

export type ContainerEvent =
  | { type: 'create'; name: string; image: string; temporary?: boolean }
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'unpause' }
  | { type: 'exit'; exitCode?: number }
  | { type: 'restarting' }
  | { type: 'dead' }
  | { type: 'remove' }
  | { type: 'output'; stream: 'stdout' | 'stderr'; text: string };

export interface ContainerContext {
  id: string;
  name: string;
  image: string;
  exitCode?: number;
  /** Whether this run already wrote output (only the first output of a run is a step). */
  spoke: boolean;
}

export const containerMachine = setup({
  types: { context: {} as ContainerContext, events: {} as ContainerEvent, input: {} as { id: string; name?: string; image?: string } },
  guards: {
    firstOutput: ({ context }) => !context.spoke,
  },
  actions: {
    describe: assign(({ event }) => (event.type === 'create' ? { name: event.name, image: event.image } : {})),
    spoke: assign({ spoke: true }),
    rememberExit: assign(({ event }) => (event.type === 'exit' ? { exitCode: event.exitCode, spoke: false } : {})),
  },
}).createMachine({
  id: 'container',
  initial: 'idle',
  context: ({ input }) => ({ id: input.id, name: input.name ?? input.id.slice(0, 12), image: input.image ?? '', spoke: false }),
  on: { remove: { target: '.removed' }, dead: { target: '.dead' }, output: { guard: 'firstOutput', actions: 'spoke' } },
  states: {
    idle: { on: { create: { target: 'created', actions: 'describe' }, start: { target: 'running' } } },
    created: { on: { start: { target: 'running' } } },
    running: {
      on: { pause: { target: 'paused' }, exit: { target: 'exited', actions: 'rememberExit' }, restarting: { target: 'restarting' } },
    },
    paused: { on: { unpause: { target: 'running' }, exit: { target: 'exited', actions: 'rememberExit' } } },
    restarting: { on: { start: { target: 'running' }, exit: { target: 'exited', actions: 'rememberExit' } } },
    exited: { on: { start: { target: 'running' }, restarting: { target: 'restarting' } } },
    dead: {},
    removed: { type: 'final' },
  },
});

/** The machine event for an engine `container.state` change (`created` needs none: the create event told it). */
export function containerEventFor(from: string, to: string, exitCode?: number): ContainerEvent | undefined {
  switch (to) {
    case 'running':
      return { type: from === 'paused' ? 'unpause' : 'start' };
    case 'exited':
      return { type: 'exit', exitCode };
    case 'paused':
      return { type: 'pause' };
    case 'restarting':
      return { type: 'restarting' };
    case 'removing':
      return { type: 'remove' };
    case 'dead':
      return { type: 'dead' };
    default:
      return undefined;
  }
}

export const narrateContainer: Narrator<ContainerContext, ContainerEvent> = ({ from, event, context }) => {
  const c = `container ${context.name}`;
  const C = `Container ${context.name}`;
  switch (event.type) {
    case 'create':
      if (event.temporary) {
        return { component: 'containers', edge: { from: 'images', to: 'containers', label: 'create' }, sentence: `The builder creates a temporary container ${context.name} from image ${short(context.image)} to run the step.` };
      }
      return {
        component: 'containers',
        edge: { from: 'images', to: 'containers', label: 'create' },
        sentence: `${C} is created from ${context.image}: a thin writable layer on top of the image's read-only layers.`,
      };
    case 'start':
      if (from === 'restarting') return { component: 'containers', sentence: `The daemon starts ${c} again.` };
      if (from === 'exited') return { component: 'containers', sentence: `${C} starts again with the same filesystem.` };
      return { component: 'containers', sentence: `${C} starts: the daemon runs its main process.` };
    case 'pause':
      return { component: 'containers', sentence: `${C} is paused: its processes are frozen but keep their memory.` };
    case 'unpause':
      return { component: 'containers', sentence: `${C} is unpaused and its processes carry on.` };
    case 'exit':
      return { component: 'containers', sentence: `The ${c} exits with code ${event.exitCode ?? 0}.` };
    case 'restarting':
      return { component: 'containers', sentence: `${C} is restarting, as its restart policy asks.` };
    case 'dead':
      return { component: 'containers', sentence: `${C} is dead: the daemon could not stop or remove it cleanly.` };
    case 'output': {
      const line = event.text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
      const quoted = line.length > 60 ? `${line.slice(0, 57)}…` : line;
      return { component: 'containers', sentence: `${C} writes to its ${event.stream}: "${quoted}"; the daemon passes it to whoever is attached or reading the logs.` };
    }
    case 'remove':
      if (from === 'running' || from === 'paused') return { component: 'containers', sentence: `${C} is killed and removed, with its writable layer.` };
      return { component: 'containers', sentence: `${C} is removed, with its writable layer.` };
  }
};
