/**
 * layoutArchitecture: the whole architecture diagram as data, from the scene the
 * player shows and the size of the drawing. Pure and deterministic (same scene and
 * size, same layout), so it is unit-tested without a DOM and the renderer only draws.
 */
import { layoutContainers } from './container-cards.ts';
import { layoutEdges } from './edges.ts';
import { layoutTransfers } from './transfers.ts';
import { describeScene } from './describe.ts';
import { fit, inset, wrap } from './geometry.ts';
import { layoutImages } from './image-stacks.ts';
import type { ArchitectureLayout, ComponentBox, Rect } from './layout-types.ts';
import { layoutRegions } from './regions.ts';
import { layoutChips } from './resources.ts';
import type { SceneRegistry, SceneState } from '../sim-types.ts';

export const HUB_HOSTS = ['docker.io', 'registry-1.docker.io', 'index.docker.io', 'hub.docker.com'];
export const HUB_KEY = 'registry:docker.io';

/** Docker Hub first (always there), then every other registry by host name. */
export function registriesOf(scene: SceneState): { key: string; name: string; repositories: string[] }[] {
  const hub: SceneRegistry[] = scene.registries.filter((r) => HUB_HOSTS.includes(r.host));
  const others = scene.registries
    .filter((r) => !HUB_HOSTS.includes(r.host))
    .sort((a, b) => (a.host < b.host ? -1 : 1));
  return [
    { key: HUB_KEY, name: 'Docker Hub', repositories: hub.flatMap((r) => r.repositories) },
    ...others.map((r) => ({ key: `registry:${r.host}`, name: r.host, repositories: r.repositories })),
  ];
}

function lines(texts: string[], rect: Rect, top: number, fontSize = 11): string[] {
  const room = Math.max(0, Math.floor((rect.height - top - 6) / (fontSize + 4)));
  const cut =
    texts.length > room
      ? [...texts.slice(0, Math.max(0, room - 1)), `+${texts.length - room + 1} more`]
      : texts;
  return cut.slice(0, room).map((t) => fit(t, rect.width - 16, fontSize));
}

/** What an empty region will hold, so a first visit does not show two blank boxes. */
const EMPTY_HINT = {
  containers: 'Containers you run appear here, each made from an image.',
  images: 'Images you pull or build appear here, layer on layer.',
} as const;

function emptyHint(region: keyof typeof EMPTY_HINT, count: number, rect: Rect): string[] {
  return count > 0 ? [] : wrap(EMPTY_HINT[region], rect.width - 16, 11, 4);
}

function box(
  key: string,
  component: ComponentBox['component'],
  rect: Rect,
  title: string,
  subtitle: string,
  body: string[] = [],
): ComponentBox {
  return {
    key,
    component,
    title: fit(title, rect.width - 12, 13),
    subtitle: fit(subtitle, rect.width - 12, 11),
    lines: lines(body, rect, 38),
    ...rect,
  };
}

export function layoutArchitecture(
  scene: SceneState,
  size: { width: number; height: number },
): ArchitectureLayout {
  const registries = registriesOf(scene);
  const r = layoutRegions(size, registries.length, scene.networks.length > 0, scene.volumes.length > 0, {
    containers: scene.containers.length,
    images: scene.images.length,
  });
  const wide = r.orientation === 'wide';
  const boxes: ComponentBox[] = [
    box(
      'client',
      'client',
      r.client,
      'Client',
      'docker CLI',
      wide ? ['docker build', 'docker pull', 'docker run'] : [],
    ),
    box('daemon', 'daemon', r.daemon, 'Docker daemon', 'dockerd · Engine API'),
    ...registries.map((reg, i) =>
      box(
        reg.key,
        'registry',
        r.registries[i],
        wide || i === 0 ? 'Registry' : reg.name,
        wide || i === 0 ? reg.name : '',
        wide ? reg.repositories : [],
      ),
    ),
    box(
      'containers',
      'containers',
      r.containers,
      `Containers (${scene.containers.length})`,
      '',
      emptyHint('containers', scene.containers.length, r.containers),
    ),
    box('images', 'images', r.images, `Images (${scene.images.length})`, '', emptyHint('images', scene.images.length, r.images)),
  ];
  if (r.networks)
    boxes.push(box('networks', 'networks', r.networks, `Networks (${scene.networks.length})`, ''));
  if (r.volumes) boxes.push(box('volumes', 'volumes', r.volumes, `Volumes (${scene.volumes.length})`, ''));
  const imagesArea: Rect = {
    x: r.images.x + 8,
    y: r.images.y + 22,
    width: r.images.width - 16,
    height: r.images.height - 26,
  };
  const countsRow = scene.containers.length > 0 ? 18 : 0;
  const containersArea: Rect = {
    x: r.containers.x + 8,
    y: r.containers.y + 22 + countsRow,
    width: r.containers.width - 16,
    height: r.containers.height - 28 - countsRow,
  };
  const imagesLayout = layoutImages(scene.images, imagesArea);
  const containersLayout = layoutContainers(scene.containers, containersArea);
  const chips = [
    ...(r.networks
      ? layoutChips(
          'network',
          scene.networks.map((n) => n.name),
          inset(r.networks, 8, 6),
        )
      : []),
    ...(r.volumes
      ? layoutChips(
          'volume',
          scene.volumes.map((v) => v.name),
          inset(r.volumes, 8, 6),
        )
      : []),
  ];
  const registryRect = (host: string): Rect => {
    const key = HUB_HOSTS.includes(host) ? HUB_KEY : `registry:${host}`;
    return boxes.find((b) => b.key === key) ?? r.registries[0];
  };
  return {
    width: size.width,
    height: size.height,
    orientation: r.orientation,
    host: { ...r.host, title: 'Docker host' },
    boxes,
    edges: layoutEdges(
      r,
      registries.map((reg) => reg.key),
      size.width,
    ),
    images: imagesLayout.images,
    sharedSpans: imagesLayout.sharedSpans,
    imagesOverflow: imagesLayout.overflow,
    buildSlot: imagesLayout.buildSlot,
    containers: containersLayout.containers,
    containersOverflow: containersLayout.overflow,
    stateCounts: containersLayout.stateCounts,
    chips,
    transfers: layoutTransfers(scene.transfers, r, registryRect, imagesLayout.buildSlot),
    caption: r.caption,
    description: describeScene(
      scene,
      registries.map((reg) => reg.name),
    ),
  };
}
