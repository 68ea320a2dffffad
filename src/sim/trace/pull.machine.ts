/**
 * One image pull: resolving → manifest → downloading blobs (in parallel; layers that already
 * exist are skipped) ⇄ extracting (each layer as soon as its predecessors are in) → tagging
 * → done. An image that is already up to date goes from manifest straight to done; a missing
 * manifest ends in failed. Fed by registry.* / layer.* / image.tag engine events.
 */
import { assign, setup } from 'xstate';
import type { Narrator } from './narration.ts';
import { familiar, registryName, repoRef, short, size } from './words.ts';

export type PullEvent =
  | { type: 'start'; reference: string; registry: string; local: boolean }
  | { type: 'manifest'; registry: string; repository: string; reference: string; digest?: string; found: boolean }
  | { type: 'blob'; digest: string; bytes: number; outcome: 'transferred' | 'exists' | 'mounted' }
  | { type: 'extract'; diffId: string; size: number }
  | { type: 'tag'; imageId: string; reference: string }
  | { type: 'finish' };

export interface PullContext {
  reference: string;
  registry: string;
  local: boolean;
  downloaded: number;
  existing: number;
}

const blobs = { blob: { target: 'downloading', actions: 'countBlob' }, extract: { target: 'extracting' } } as const;

export const pullMachine = setup({
  types: { context: {} as PullContext, events: {} as PullEvent },
  actions: {
    begin: assign(({ event }) => (event.type === 'start' ? { reference: event.reference, registry: event.registry, local: event.local } : {})),
    countBlob: assign(({ context, event }) =>
      event.type === 'blob' ? (event.outcome === 'transferred' ? { downloaded: context.downloaded + 1 } : { existing: context.existing + 1 }) : {},
    ),
  },
  guards: {
    found: ({ event }) => event.type === 'manifest' && event.found,
  },
}).createMachine({
  id: 'pull',
  initial: 'idle',
  context: { reference: '', registry: 'docker.io', local: false, downloaded: 0, existing: 0 },
  states: {
    idle: { on: { start: { target: 'resolving', actions: 'begin' } } },
    resolving: { on: { manifest: [{ guard: 'found', target: 'manifest' }, { target: 'failed' }] } },
    manifest: { on: { ...blobs, tag: { target: 'tagging' }, finish: { target: 'done' } } },
    downloading: { on: { ...blobs, tag: { target: 'tagging' } } },
    extracting: { on: { ...blobs, tag: { target: 'tagging' } } },
    tagging: { on: { finish: { target: 'done' } } },
    done: { type: 'final' },
    failed: { type: 'final' },
  },
});

export const narratePull: Narrator<PullContext, PullEvent> = ({ from, event, context }) => {
  const hub = registryName(context.registry);
  const ref = familiar(context.reference);
  switch (event.type) {
    case 'start':
      return {
        component: 'daemon',
        edge: { from: 'daemon', to: 'registry', label: `GET manifest ${ref}` },
        sentence: event.local
          ? `The daemon already has ${ref}, but it asks ${hub} for the manifest to check for a newer version.`
          : `The daemon does not have ${ref}, so it asks ${hub} for the manifest.`,
      };
    case 'manifest': {
      const name = repoRef(event.registry, event.repository, event.reference);
      if (!event.found) return { component: 'registry', sentence: `${hub} has no manifest for ${name}, so the pull fails.` };
      return {
        component: 'registry',
        edge: { from: 'registry', to: 'daemon', label: 'manifest' },
        digest: event.digest,
        sentence: `${hub} sends the manifest of ${name} (${short(event.digest ?? '')}): the list of layers that make up the image.`,
      };
    }
    case 'blob':
      if (event.outcome === 'transferred') {
        return {
          component: 'registry',
          edge: { from: 'registry', to: 'images', label: `layer ${short(event.digest)}` },
          digest: event.digest,
          progress: 1,
          sentence: `Layer ${short(event.digest)} (${size(event.bytes)}) is downloaded from ${hub}.`,
        };
      }
      return { component: 'images', digest: event.digest, sentence: `Layer ${short(event.digest)} already exists locally, so it is not downloaded again.` };
    case 'extract':
      return { component: 'images', digest: event.diffId, sentence: `Layer ${short(event.diffId)} (${size(event.size)}) is unpacked into the local layer store.` };
    case 'tag':
      return { component: 'images', sentence: `The image ${short(event.imageId)} is stored and tagged ${familiar(event.reference)}.` };
    case 'finish':
      if (from === 'manifest') return { component: 'images', sentence: `${ref} is already up to date: every layer exists locally, so nothing is downloaded.` };
      return {
        component: 'images',
        sentence: `The pull of ${ref} is complete: ${context.downloaded} layer${context.downloaded === 1 ? '' : 's'} downloaded${context.existing ? `, ${context.existing} already present` : ''}.`,
      };
  }
};
