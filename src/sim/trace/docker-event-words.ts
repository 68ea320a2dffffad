/**
 * Sentences for the `docker events` that belong to no machine of their own: networks,
 * volumes, tags and image removal. They become `handling` steps of the request that caused
 * them. Connect/disconnect and lifecycle events are told elsewhere (or not at all).
 */
import type { DockerEventMessage } from '../../engine/events/types.ts';
import type { Component } from './types.ts';
import { short } from './words.ts';

export function describeDockerEvent(message: Pick<DockerEventMessage, 'Type' | 'Action' | 'Actor'>): { component: Component; sentence: string } | undefined {
  const { ID, Attributes } = message.Actor;
  const name = Attributes.name ?? ID;
  switch (`${message.Type}.${message.Action}`) {
    case 'network.create':
      return { component: 'networks', sentence: `The daemon creates network ${name} (${Attributes.type ?? 'bridge'} driver).` };
    case 'network.destroy':
      return { component: 'networks', sentence: `The daemon removes network ${name}.` };
    case 'volume.create':
      return { component: 'volumes', sentence: /^[0-9a-f]{64}$/.test(ID) ? `The daemon creates an anonymous volume ${short(ID)} for the container's data.` : `The daemon creates volume ${ID}.` };
    case 'volume.destroy':
      return { component: 'volumes', sentence: `The daemon removes volume ${/^[0-9a-f]{64}$/.test(ID) ? short(ID) : ID}.` };
    case 'image.tag':
      return { component: 'images', sentence: `The daemon adds the tag ${name} to image ${short(ID)}; no data is copied.` };
    case 'image.untag':
      return { component: 'images', sentence: `The daemon removes the tag ${name}.` };
    case 'image.delete':
      return { component: 'images', sentence: `The daemon deletes image ${short(ID)} and the layers no other image uses.` };
    default:
      return undefined;
  }
}
