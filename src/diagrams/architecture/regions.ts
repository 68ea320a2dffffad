/**
 * Where Docker's parts go, as Docker's architecture overview draws them: the client
 * on the left, the docker host in the middle (daemon on top, containers and images
 * below it, networks and volumes along the bottom), registries on the right. Narrow
 * screens (a phone) stack the same parts: client and registries on top, then the host.
 * Only rectangles here; what goes inside each region is laid out elsewhere.
 */
import { clamp } from './geometry.ts';
import type { Rect } from './layout-types.ts';

export interface Regions {
  orientation: 'wide' | 'narrow';
  host: Rect;
  client: Rect;
  daemon: Rect;
  registries: Rect[];
  containers: Rect;
  images: Rect;
  networks: Rect | null;
  volumes: Rect | null;
  caption: Rect;
}

export const NARROW_BELOW = 640;
const MARGIN = 10;
const PAD = 10;
const HOST_TITLE = 22;

function resourceRow(bottom: Rect, hasNetworks: boolean, hasVolumes: boolean, height: number) {
  const strip: Rect = { x: bottom.x, y: bottom.y + bottom.height - height, width: bottom.width, height };
  const above: Rect = { ...bottom, height: bottom.height - (hasNetworks || hasVolumes ? height + PAD : 0) };
  if (!hasNetworks && !hasVolumes) return { above, networks: null, volumes: null };
  if (hasNetworks !== hasVolumes)
    return { above, networks: hasNetworks ? strip : null, volumes: hasVolumes ? strip : null };
  const half = (strip.width - PAD) / 2;
  return {
    above,
    networks: { ...strip, width: half },
    volumes: { ...strip, x: strip.x + half + PAD, width: half },
  };
}

/**
 * The containers' share of the row they split with the images: a container card wants
 * about twice the width of an image stack, so with one container and three images the
 * images get the larger half instead of a "+3" tile.
 */
export function containerShare(containers: number, images: number): number {
  const cards = clamp(containers, 1, 2);
  const stacks = clamp(images, 1, 4) / 2.5;
  return clamp(cards / (cards + stacks), 0.46, 0.56);
}

function wide(width: number, height: number, registryCount: number, nets: boolean, vols: boolean, share: number): Regions {
  const caption: Rect = { x: MARGIN, y: height - MARGIN - 30, width: width - 2 * MARGIN, height: 30 };
  const clientW = clamp(width * 0.12, 96, 170);
  const registryW = clamp(width * 0.15, 120, 210);
  const gap = clamp(width * 0.045, 40, 64);
  // Wider on the registry side: layers in transfer travel through it.
  const gapRight = clamp(width * 0.07, 48, 100);
  const host: Rect = {
    x: MARGIN + clientW + gap,
    y: MARGIN,
    width: width - 2 * MARGIN - clientW - registryW - gap - gapRight,
    height: caption.y - MARGIN - MARGIN,
  };
  const inner: Rect = {
    x: host.x + PAD,
    y: host.y + HOST_TITLE,
    width: host.width - 2 * PAD,
    height: host.height - HOST_TITLE - PAD,
  };
  const daemon: Rect = { x: inner.x, y: inner.y, width: inner.width, height: 54 };
  const below: Rect = {
    x: inner.x,
    y: daemon.y + daemon.height + 34,
    width: inner.width,
    height: inner.y + inner.height - (daemon.y + daemon.height + 34),
  };
  const { above, networks, volumes } = resourceRow(below, nets, vols, 52);
  const split = Math.round(above.width * share);
  const containers: Rect = { ...above, width: split - PAD / 2 - 20 };
  const images: Rect = {
    ...above,
    x: above.x + split + PAD / 2 + 20,
    width: above.width - split - PAD / 2 - 20,
  };
  const client: Rect = { x: MARGIN, y: daemon.y - 10, width: clientW, height: 110 };
  const registries: Rect[] = [];
  const registryX = width - MARGIN - registryW;
  const firstH = 110;
  const otherH = clamp(
    (host.y + host.height - (daemon.y - 10 + firstH) - 14 * registryCount) / Math.max(1, registryCount - 1),
    56,
    110,
  );
  let y = daemon.y - 10;
  for (let i = 0; i < registryCount; i++) {
    const h = i === 0 ? firstH : otherH;
    registries.push({ x: registryX, y, width: registryW, height: h });
    y += h + 14;
  }
  return {
    orientation: 'wide',
    host,
    client,
    daemon,
    registries,
    containers,
    images,
    networks,
    volumes,
    caption,
  };
}

function narrow(width: number, height: number, registryCount: number, nets: boolean, vols: boolean): Regions {
  const caption: Rect = { x: MARGIN, y: height - MARGIN - 44, width: width - 2 * MARGIN, height: 44 };
  const row = width - 2 * MARGIN - PAD;
  const clientW = Math.round(row * (registryCount > 1 ? 0.36 : 0.5));
  const client: Rect = { x: MARGIN, y: MARGIN, width: clientW, height: 58 };
  // Registries side by side, so each one's pull/push arrow reaches the daemon directly.
  const regW = (row - clientW - 6 * (registryCount - 1)) / registryCount;
  const registries: Rect[] = [];
  for (let i = 0; i < registryCount; i++)
    registries.push({ x: MARGIN + clientW + PAD + i * (regW + 6), y: MARGIN, width: regW, height: 58 });
  const topBottom = Math.max(client.y + client.height, ...registries.map((r) => r.y + r.height));
  const host: Rect = {
    x: MARGIN,
    y: topBottom + 30,
    width: width - 2 * MARGIN,
    height: caption.y - MARGIN - (topBottom + 30),
  };
  const inner: Rect = {
    x: host.x + PAD,
    y: host.y + HOST_TITLE,
    width: host.width - 2 * PAD,
    height: host.height - HOST_TITLE - PAD,
  };
  const daemon: Rect = { x: inner.x, y: inner.y, width: inner.width, height: 42 };
  const below: Rect = {
    x: inner.x + 8,
    y: daemon.y + daemon.height + 24,
    width: inner.width - 8,
    height: inner.y + inner.height - (daemon.y + daemon.height + 24),
  };
  const { above, networks, volumes } = resourceRow(below, nets, vols, 48);
  const imagesH = Math.round((above.height - 24) * 0.42);
  const images: Rect = { ...above, height: imagesH };
  const containers: Rect = { ...above, y: above.y + imagesH + 24, height: above.height - imagesH - 24 };
  return {
    orientation: 'narrow',
    host,
    client,
    daemon,
    registries,
    containers,
    images,
    networks,
    volumes,
    caption,
  };
}

export function layoutRegions(
  size: { width: number; height: number },
  registryCount: number,
  hasNetworks: boolean,
  hasVolumes: boolean,
  counts: { containers: number; images: number } = { containers: 1, images: 1 },
): Regions {
  const share = containerShare(counts.containers, counts.images);
  const make = size.width < NARROW_BELOW ? narrow : wide;
  return make(size.width, size.height, Math.max(1, registryCount), hasNetworks, hasVolumes, share);
}
