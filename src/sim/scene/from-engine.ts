/**
 * Engine event → scene events. Only what changes the picture: tags, containers, networks,
 * volumes, registry repositories and transfers. Everything else (API traffic, output)
 * leaves the scene as it is.
 */
import type { EngineEvent } from '../../engine/events/types.ts';
import type { SceneEvent } from './scene-events.ts';

const withoutDefaultRegistry = (reference: string) => reference.replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, '');

export function sceneEventsFrom(event: EngineEvent): SceneEvent[] {
  switch (event.kind) {
    case 'image.tag':
      return [{ type: 'image.tag', imageId: event.imageId, reference: withoutDefaultRegistry(event.reference) }];
    case 'container.state':
      if (event.to === 'removing') return [{ type: 'container.destroy', id: event.containerId }];
      return [{ type: 'container.state', id: event.containerId, to: event.to, exitCode: event.exitCode, at: event.at }];
    case 'registry.manifest':
      return event.found ? [{ type: 'registry.repository', host: event.registry, repository: event.repository }] : [];
    case 'registry.blob':
      return [
        { type: 'registry.repository', host: event.registry, repository: event.repository },
        // Pushes are tracked by diff ID from their progress stream; a blob digest would not match.
        ...(event.outcome === 'transferred' && event.direction === 'pull' ? [{ type: 'transfer', digest: event.digest, direction: event.direction, registry: event.registry, progress: 1 } as const] : []),
      ];
    case 'docker':
      return fromDockerEvent(event.message);
    default:
      return [];
  }
}

function fromDockerEvent(message: Extract<EngineEvent, { kind: 'docker' }>['message']): SceneEvent[] {
  const { ID, Attributes } = message.Actor;
  const key = `${message.Type}.${message.Action}`;
  switch (key) {
    case 'container.create':
      return [{ type: 'container.create', id: ID, name: Attributes.name ?? ID.slice(0, 12), image: Attributes.image ?? '' }];
    case 'container.destroy':
      return [{ type: 'container.destroy', id: ID }];
    case 'network.create':
      return [{ type: 'network.create', id: ID, name: Attributes.name ?? ID, driver: Attributes.type ?? 'bridge' }];
    case 'network.destroy':
      return [{ type: 'network.destroy', id: ID }];
    case 'network.connect':
    case 'network.disconnect':
      return Attributes.container ? [{ type: 'container.network', id: Attributes.container, network: Attributes.name ?? ID, connected: message.Action === 'connect' }] : [];
    case 'volume.create':
      return [{ type: 'volume.create', name: ID }];
    case 'volume.destroy':
      return [{ type: 'volume.destroy', name: ID }];
    case 'image.untag':
      return Attributes.name ? [{ type: 'image.untag', reference: withoutDefaultRegistry(Attributes.name) }] : [];
    case 'image.delete':
      return [{ type: 'image.delete', imageId: ID }];
    case 'image.pull':
      return [{ type: 'transfers.clear', registry: '*', direction: 'pull' }];
    case 'image.push':
      return [{ type: 'transfers.clear', registry: '*', direction: 'push' }];
    default:
      return [];
  }
}
