/**
 * One `docker build` (BuildKit or the classic builder): context → parsed → for each
 * Dockerfile step: cache check → cached, or run (in a temporary container) → commit → …
 * → built → tagged.
 * The engine does not announce build steps as events today, so the recorder reads them
 * from the build's JSON-message stream (see build-stream.ts); `build.step` engine events,
 * once emitted, map onto the same events.
 */
import { assign, setup } from 'xstate';
import type { Narrator } from './narration.ts';
import { familiar, short } from './words.ts';

export type BuildEvent =
  | { type: 'context'; tag?: string }
  | { type: 'parse'; total: number }
  | { type: 'step'; step: number; total: number; instruction: string }
  | { type: 'cached' }
  | { type: 'run'; container: string }
  | { type: 'commit'; imageId: string }
  | { type: 'built'; imageId: string }
  | { type: 'tag'; reference: string }
  | { type: 'fail'; message: string }
  | { type: 'finish' };

export interface BuildContext {
  tag?: string;
  step: number;
  total: number;
  instruction: string;
  cachedSteps: number;
  ranSteps: number;
}

export const buildMachine = setup({
  types: { context: {} as BuildContext, events: {} as BuildEvent },
  actions: {
    begin: assign(({ event }) => (event.type === 'context' ? { tag: event.tag } : {})),
    setTotal: assign(({ event }) => (event.type === 'parse' ? { total: event.total } : {})),
    enterStep: assign(({ event }) => (event.type === 'step' ? { step: event.step, total: event.total, instruction: event.instruction } : {})),
    countCached: assign(({ context }) => ({ cachedSteps: context.cachedSteps + 1 })),
    countRun: assign(({ context }) => ({ ranSteps: context.ranSteps + 1 })),
  },
}).createMachine({
  id: 'build',
  initial: 'idle',
  context: { step: 0, total: 0, instruction: '', cachedSteps: 0, ranSteps: 0 },
  on: { fail: { target: '.failed' } },
  states: {
    idle: { on: { context: { target: 'context', actions: 'begin' } } },
    context: { on: { parse: { target: 'parsed', actions: 'setTotal' } } },
    parsed: { on: { step: { target: 'cacheCheck', actions: 'enterStep' } } },
    cacheCheck: {
      on: {
        cached: { target: 'cached', actions: 'countCached' },
        run: { target: 'running', actions: 'countRun' },
        commit: { target: 'committed' },
      },
    },
    cached: { on: { commit: { target: 'committed' }, step: { target: 'cacheCheck', actions: 'enterStep' }, built: { target: 'built' } } },
    running: { on: { commit: { target: 'committed' } } },
    committed: { on: { step: { target: 'cacheCheck', actions: 'enterStep' }, built: { target: 'built' } } },
    built: { on: { tag: { target: 'tagged' }, finish: { target: 'done' } } },
    tagged: { on: { tag: { target: 'tagged' }, finish: { target: 'done' } } },
    done: { type: 'final' },
    failed: { type: 'final' },
  },
});

const keyword = (instruction: string) => instruction.replace(/^\(\S+\) /, '').split(/\s+/)[0].toUpperCase();

export const narrateBuild: Narrator<BuildContext, BuildEvent> = ({ from, event, context }) => {
  const n = `step ${context.step}`;
  switch (event.type) {
    case 'context':
      return { component: 'daemon', edge: { from: 'client', to: 'daemon', label: 'build context' }, sentence: `The daemon receives the build context (the files the Dockerfile may copy)${context.tag ? ` for ${context.tag}` : ''}.` };
    case 'parse':
      return { component: 'daemon', sentence: `The daemon parses the Dockerfile: ${context.total} step${context.total === 1 ? '' : 's'}.` };
    case 'step':
      if (keyword(context.instruction) === 'FROM') return { component: 'images', sentence: `Step ${context.step}/${context.total}: ${context.instruction} — the build starts from this base image.` };
      return { component: 'images', sentence: `Step ${context.step}/${context.total}: ${context.instruction} — the builder checks its cache for a layer made by this instruction on the same parent.` };
    case 'cached':
      return { component: 'images', cached: true, sentence: `Cache hit: ${n} (${context.instruction}) reuses the result of an earlier build, so nothing runs.` };
    case 'run':
      return { component: 'containers', cached: false, sentence: `No cache hit: ${n} runs in a temporary container${event.container ? ` ${short(event.container)}` : ''}.` };
    case 'commit': {
      const id = event.imageId ? short(event.imageId) : '';
      if (from === 'running') return { component: 'images', sentence: `The temporary container's changes are committed as a new layer${id ? `; the image is now ${id}` : ''}.` };
      if (from === 'cached') return { component: 'images', cached: true, sentence: `The cached image ${id} is used for ${n}.` };
      if (keyword(context.instruction) === 'FROM') return { component: 'images', sentence: id ? `The base image is ${id}.` : 'The base image is ready.' };
      if (['COPY', 'ADD'].includes(keyword(context.instruction))) return { component: 'images', sentence: `The files are copied into a new layer${id ? `; the image is now ${id}` : ''}.` };
      return { component: 'images', sentence: `${n[0].toUpperCase()}${n.slice(1)} is done${id ? `: the image is now ${id}` : ''}.` };
    }
    case 'built':
      return { component: 'images', sentence: `The build is finished: image ${short(event.imageId)} (${context.ranSteps} step${context.ranSteps === 1 ? '' : 's'} run, ${context.cachedSteps} from cache).` };
    case 'tag':
      return { component: 'images', sentence: `The image is tagged ${familiar(event.reference)}.` };
    case 'fail':
      return { component: 'daemon', sentence: `The build fails at ${n}: ${event.message}` };
    case 'finish':
      return undefined;
  }
};
