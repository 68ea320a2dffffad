/**
 * Plain-language text for the diagram, for people who do not see it: a summary of
 * the scene (the SVG's <desc>) and labels for a container card or an image stack.
 * Every state that colour shows is also said here in words.
 */
import { countStates } from './container-cards.ts';
import type { ContainerCard, ImageStack } from './layout-types.ts';
import type { SceneState } from '../sim-types.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function describeScene(scene: SceneState, registryNames: string[]): string {
  const states = countStates(scene.containers).map((s) => `${s.count} ${s.state}`);
  const containers =
    plural(scene.containers.length, 'container') + (states.length ? ` (${states.join(', ')})` : '');
  const parts = [
    'The docker client sends Engine API requests to the Docker daemon (dockerd).',
    `The daemon holds ${plural(scene.images.length, 'image')} and ${containers}, ${plural(scene.networks.length, 'network')} and ${plural(scene.volumes.length, 'volume')}.`,
    `It pulls and pushes images from ${registryNames.join(' and ')}.`,
  ];
  if (scene.transfers.length) parts.push(`${plural(scene.transfers.length, 'layer')} in transfer.`);
  return parts.join(' ');
}

export function describeContainer(card: ContainerCard): string {
  const ports = card.ports.length ? `, ports ${card.ports.join(', ')}` : '';
  return `Container ${card.name}, from image ${card.image}, ${card.state}${card.status ? ` (${card.status})` : ''}${ports}`;
}

export function describeImage(stack: ImageStack): string {
  const shared = stack.bands.filter((b) => b.sharedBy > 1).length;
  const total = stack.bands.length + stack.hiddenLayers;
  return `Image ${stack.tags.join(', ') || stack.label}, ${plural(total, 'layer')}${shared ? `, ${shared} shared with other images` : ''}`;
}
