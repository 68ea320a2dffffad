/**
 * One image push: preparing → uploading layers (a layer the registry already has is
 * skipped, one in another repository of the same registry is mounted) → manifest (the
 * registry stores the manifest under the tag) → done. Fed by registry.* engine events.
 */
import { assign, setup } from 'xstate';
import type { Narrator } from './narration.ts';
import { familiar, registryName, short, size } from './words.ts';

export type PushEvent =
  | { type: 'start'; reference: string; registry: string }
  | { type: 'blob'; digest: string; bytes: number; outcome: 'transferred' | 'exists' | 'mounted' }
  | { type: 'manifest'; digest?: string; reference: string }
  | { type: 'finish' };

export interface PushContext {
  reference: string;
  registry: string;
  uploaded: number;
}

export const pushMachine = setup({
  types: { context: {} as PushContext, events: {} as PushEvent },
  actions: {
    begin: assign(({ event }) => (event.type === 'start' ? { reference: event.reference, registry: event.registry } : {})),
    countUpload: assign(({ context, event }) => ({ uploaded: context.uploaded + (event.type === 'blob' && event.outcome === 'transferred' ? 1 : 0) })),
  },
}).createMachine({
  id: 'push',
  initial: 'idle',
  context: { reference: '', registry: 'docker.io', uploaded: 0 },
  states: {
    idle: { on: { start: { target: 'preparing', actions: 'begin' } } },
    preparing: { on: { blob: { target: 'uploading', actions: 'countUpload' }, manifest: { target: 'manifest' } } },
    uploading: { on: { blob: { target: 'uploading', actions: 'countUpload' }, manifest: { target: 'manifest' } } },
    manifest: { on: { finish: { target: 'done' } } },
    done: { type: 'final' },
  },
});

export const narratePush: Narrator<PushContext, PushEvent> = ({ event, context }) => {
  const where = registryName(context.registry);
  switch (event.type) {
    case 'start':
      return { component: 'daemon', sentence: `The daemon prepares to push ${familiar(context.reference)} to ${where}, layer by layer.` };
    case 'blob': {
      const layer = short(event.digest);
      if (event.outcome === 'transferred') {
        return {
          component: 'registry',
          edge: { from: 'images', to: 'registry', label: `layer ${layer}` },
          digest: event.digest,
          progress: 1,
          sentence: `Layer ${layer} (${size(event.bytes)}) is uploaded to ${where}.`,
        };
      }
      if (event.outcome === 'mounted') return { component: 'registry', digest: event.digest, sentence: `${where} already has layer ${layer} in another repository, so it is mounted instead of uploaded.` };
      return { component: 'registry', digest: event.digest, sentence: `${where} already has layer ${layer}, so it is not uploaded again.` };
    }
    case 'manifest':
      return {
        component: 'registry',
        edge: { from: 'daemon', to: 'registry', label: 'PUT manifest' },
        digest: event.digest,
        sentence: `The daemon uploads the manifest; ${where} now serves ${familiar(context.reference)} as ${short(event.digest ?? '')}.`,
      };
    case 'finish':
      return { component: 'registry', sentence: `The push of ${familiar(context.reference)} is complete: ${context.uploaded} layer${context.uploaded === 1 ? '' : 's'} uploaded.` };
  }
};
