/**
 * A dive-style view of one image from what the Engine API gives: the history (each
 * step's command and size, oldest first) matched with the image's layer digests
 * (RootFS.Layers). The API has no per-layer file list, so files and wasted space are not
 * derived here; `layerFilesNote` says so rather than guessing.
 */
import { humanSize } from '../../sim/format/index.ts';
import type { HistoryEntry, ImageInspect } from './engine-json.ts';
import { shortId } from './image-rows.ts';

export interface LayerRow {
  /** 0 = the base, oldest first. */
  index: number;
  /** The instruction as a Dockerfile would say it (`RUN npm install`, `COPY dir:… in /app`). */
  instruction: string;
  /** CreatedBy as the API gave it. */
  createdBy: string;
  sizeBytes: number;
  size: string;
  /** False for metadata-only steps (CMD, ENV, …): no filesystem layer. */
  hasLayer: boolean;
  /** The layer's diff ID when the history could be matched with RootFS.Layers. */
  diffId?: string;
  /** Short ID of the image this step produced; '' when built elsewhere (`<missing>`). */
  imageId: string;
  tags: string[];
  comment: string;
}

export interface LayerSummary {
  totalBytes: number;
  total: string;
  layers: number;
  metadataSteps: number;
  /** The largest layer's index, for "the heaviest step" hints. */
  largest?: number;
}

const metadataInstructions = /^(?:CMD|ENTRYPOINT|ENV|LABEL|EXPOSE|USER|ARG|VOLUME|STOPSIGNAL|HEALTHCHECK|SHELL|ONBUILD|MAINTAINER)\b/;

/**
 * CreatedBy → the instruction: the classic builder writes `/bin/sh -c #(nop)  CMD …` for
 * metadata and `/bin/sh -c cmd` for RUN; BuildKit writes the instruction with `# buildkit`
 * and RUN's shell. Shown as the learner wrote it; the raw text stays in `createdBy`.
 * @example instructionOf('/bin/sh -c npm install') === 'RUN npm install'
 */
export function instructionOf(createdBy: string): string {
  let s = createdBy.trim();
  const nop = /^\/bin\/sh -c #\(nop\)\s*/.exec(s);
  if (nop) s = s.slice(nop[0].length);
  else if (s.startsWith('/bin/sh -c ')) s = `RUN ${s.slice('/bin/sh -c '.length)}`;
  s = s.replace(/\s*# buildkit$/, '').trim();
  return s.startsWith('RUN /bin/sh -c ') ? `RUN ${s.slice('RUN /bin/sh -c '.length)}` : s;
}

function isMetadata(instruction: string, size: number): boolean {
  return size === 0 && (metadataInstructions.test(instruction) || instruction === '');
}

/**
 * Which steps made a filesystem layer. Metadata instructions never do; a step with bytes
 * always does; a zero-byte WORKDIR or RUN may or may not (the builders differ), so the
 * count of RootFS layers decides. Undefined when no reading fits that count.
 */
function layerMask(rows: readonly LayerRow[], layerCount: number | undefined): boolean[] | undefined {
  const candidate = rows.map((r) => !isMetadata(r.instruction, r.sizeBytes));
  const readings = [
    candidate,
    rows.map((r, i) => candidate[i] && !(r.sizeBytes === 0 && /^WORKDIR\b/.test(r.instruction))),
    rows.map((r) => r.sizeBytes > 0),
  ];
  if (layerCount === undefined) return undefined;
  return readings.find((mask) => mask.filter(Boolean).length === layerCount);
}

export function layerRows(history: readonly HistoryEntry[], inspect?: Pick<ImageInspect, 'RootFS'>): LayerRow[] {
  const rows = [...history].reverse().map((h, index): LayerRow => {
    const instruction = instructionOf(h.CreatedBy);
    return {
      index,
      instruction,
      createdBy: h.CreatedBy,
      sizeBytes: h.Size,
      size: humanSize(h.Size),
      hasLayer: !isMetadata(instruction, h.Size),
      imageId: h.Id === '<missing>' ? '' : shortId(h.Id),
      tags: h.Tags ?? [],
      comment: h.Comment,
    };
  });
  // Pair steps with diff IDs only when a reading matches the layer count; a wrong pairing would mislead.
  const diffIds = inspect?.RootFS?.Layers;
  const mask = layerMask(rows, diffIds?.length);
  if (mask && diffIds) {
    let next = 0;
    rows.forEach((r, i) => {
      r.hasLayer = mask[i];
      if (mask[i]) r.diffId = diffIds[next++];
    });
  }
  return rows;
}

export function layerSummary(rows: readonly LayerRow[]): LayerSummary {
  const layers = rows.filter((r) => r.hasLayer);
  const totalBytes = rows.reduce((sum, r) => sum + r.sizeBytes, 0);
  const largest = layers.reduce<LayerRow | undefined>((best, r) => (best === undefined || r.sizeBytes > best.sizeBytes ? r : best), undefined);
  return { totalBytes, total: humanSize(totalBytes), layers: layers.length, metadataSteps: rows.length - layers.length, largest: largest?.index };
}

/** One layer's files as Dockyard's `GET /_dockyard/images/{name}/layers` lists them. */
export interface LayerFilesJson {
  diffId: string;
  size: number;
  files: { path: string; kind: 'A' | 'C' | 'D'; size: number }[];
  truncated: number;
  wasted: number;
}

/** The layer listing by diff ID, and the image's total wasted bytes. */
export function indexLayerFiles(list: readonly LayerFilesJson[]): { byDiffId: Map<string, LayerFilesJson>; wastedBytes: number; wasted: string } {
  const wastedBytes = list.reduce((sum, l) => sum + l.wasted, 0);
  return { byDiffId: new Map(list.map((l) => [l.diffId, l])), wastedBytes, wasted: humanSize(wastedBytes) };
}

/** `A /app/index.js (1.2kB)` lines, as dive lists a layer's changes. */
export function fileLines(layer: LayerFilesJson): string[] {
  const lines = layer.files.map((f) => `${f.kind} ${f.path}${f.kind === 'D' ? '' : ` (${humanSize(f.size)})`}`);
  if (layer.truncated > 0) lines.push(`… and ${layer.truncated} more`);
  return lines;
}

/** The bytes of a layer that later layers replace or delete, for a learner: `6B`, `12.3MB`. */
export function wastedOf(layer: LayerFilesJson): string {
  return humanSize(layer.wasted);
}

/** Said when the per-layer listing cannot be read (an older server in live mode). */
export const layerFilesNote =
  'This daemon does not list the files of each layer, so files added, changed or removed per layer and wasted space cannot be shown. For a container, the Containers tab shows its filesystem changes (docker diff).';

/** Each layer's other users: the tags of other images whose RootFS holds the same diff ID. */
export function sharedWith(rows: readonly LayerRow[], selfId: string, others: readonly Pick<ImageInspect, 'Id' | 'RepoTags' | 'RootFS'>[]): Map<number, string[]> {
  const users = new Map<number, string[]>();
  for (const row of rows) {
    if (row.diffId === undefined) continue;
    const names = others
      .filter((o) => o.Id !== selfId && (o.RootFS?.Layers ?? []).includes(row.diffId!))
      .map((o) => (o.RepoTags && o.RepoTags.length > 0 ? o.RepoTags[0] : shortId(o.Id)));
    if (names.length > 0) users.set(row.index, names);
  }
  return users;
}
