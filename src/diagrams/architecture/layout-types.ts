/**
 * What the architecture layout promises the renderer: every box, stack, band, card
 * and chip with its position in SVG user units, and keys that stay the same while the
 * thing they name exists (so keyed joins animate moves instead of re-creating).
 * Pure data: no DOM, no d3, ready to snapshot in a unit test.
 */
import type { Component, ContainerState } from '../sim-types.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One of Docker's parts: the CLI, the daemon, a registry, or a region of the host. */
export interface ComponentBox extends Rect {
  key: string;
  component: Component;
  title: string;
  subtitle: string;
  /** Text lines inside the box (a registry's repositories), already cut to fit. */
  lines: string[];
}

/** The docker host: the frame that holds the daemon and everything it manages. */
export interface HostFrame extends Rect {
  title: string;
}

export interface LayoutEdge {
  key: string;
  from: string;
  to: string;
  label: string;
  points: Point[];
  /** Arrow heads at the end (one-way) or at both ends (pull and push). */
  twoWay: boolean;
  labelAt: Point;
  labelAnchor: 'start' | 'middle' | 'end';
  /** Where a message's pill comes to rest, clear of the boxes' titles. */
  packetAt: Point;
  packetAnchor: 'start' | 'middle' | 'end';
}

export interface LayerBand extends Rect {
  key: string;
  diffId: string;
  createdBy: string;
  size: number;
  /** How many images hold this layer; above 1 the layer is shared. */
  sharedBy: number;
  /** 'S1', 'S2' … for shared layers (same badge wherever the layer appears). */
  badge: string;
  /** Drawn as part of a band spanning several adjacent stacks (see SharedSpan). */
  spanned: boolean;
}

export interface ImageStack extends Rect {
  key: string;
  label: string;
  tags: string[];
  size: number;
  bands: LayerBand[];
  /** Layers not drawn because the stack is too short (drawn as a "+N" cap). */
  hiddenLayers: number;
}

/** One layer shared by adjacent stacks, drawn once across all of them. */
export interface SharedSpan extends Rect {
  key: string;
  diffId: string;
  createdBy: string;
  badge: string;
  imageKeys: string[];
}

export interface ContainerCard extends Rect {
  key: string;
  name: string;
  image: string;
  imageId: string;
  state: ContainerState;
  status: string;
  ports: string[];
  /** Compact cards show name and state only (many containers). */
  compact: boolean;
}

/** A tile that stands for what did not fit: "+12 more" with counts per state. */
export interface OverflowTile extends Rect {
  key: string;
  count: number;
  label: string;
}

export interface StateCount {
  state: ContainerState;
  count: number;
}

export interface Chip extends Rect {
  key: string;
  kind: 'network' | 'volume' | 'more';
  label: string;
}

export interface TransferLane {
  key: string;
  digest: string;
  direction: 'pull' | 'push';
  progress: number;
  registry: string;
  /** The way the layer travels: registry → daemon → images for a pull, reversed for a push. */
  points: Point[];
  /** Only the percentage as text (no room for the digest on a phone). */
  terse: boolean;
}

export interface ArchitectureLayout {
  width: number;
  height: number;
  orientation: 'wide' | 'narrow';
  host: HostFrame;
  boxes: ComponentBox[];
  edges: LayoutEdge[];
  images: ImageStack[];
  sharedSpans: SharedSpan[];
  imagesOverflow: OverflowTile | null;
  /** Where the next image (one being built) appears. */
  buildSlot: Rect;
  containers: ContainerCard[];
  containersOverflow: OverflowTile | null;
  stateCounts: StateCount[];
  chips: Chip[];
  transfers: TransferLane[];
  /** Where step mode writes the current step's sentence. */
  caption: Rect;
  /** Plain-language summary for the SVG's <desc>. */
  description: string;
}
