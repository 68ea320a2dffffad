/**
 * COPY and ADD on BuildKit (dockerfile2llb dispatchCopy): sources from the build
 * context, a `--from` stage (its layers as solved in this build) or an image; heredoc
 * sources (`COPY <<EOF /dst`) become files; `--chmod` sets the copied files' mode. The
 * checksums of the sources are part of the cache key, so editing one copied file misses
 * exactly from this step. History: `COPY . /app # buildkit`.
 */
import { resolveUser } from '../../daemon/containers/environment.ts';
import { MemFs } from '../../fs/memfs.ts';
import { dirname, resolve } from '../../fs/path.ts';
import type { FileSystem } from '../../fs/types.ts';
import { layerEntriesFromDiff, snapshotFromLayers } from '../../layer/changes.ts';
import type { CommandOf } from '../instructions/commands.ts';
import { copySources } from '../executor/copy-files.ts';
import { findSources, type CopySource } from '../executor/copy-sources.ts';
import { imageByRef } from '../executor/stage-base.ts';
import { SolveError } from './errors.ts';
import { layerStep, messageOf } from './layer-step.ts';
import { findStage, prefix, uppercaseCmd } from './plan.ts';
import type { SolveEnv } from './solve-env.ts';
import type { BkState } from './state.ts';

type CopyCommand = CommandOf<'COPY'> | CommandOf<'ADD'>;

/** The merged filesystem of a stack of layers. */
export function rootfsOfLayers(bk: SolveEnv, diffIds: readonly string[]) {
  const chain = bk.env.service.layers.chainIdOf([...diffIds] as never);
  return chain ? bk.env.service.layers.snapshot(chain) : snapshotFromLayers([]);
}

async function sourceOf(bk: SolveEnv, state: BkState, cmd: CopyCommand): Promise<{ fs: FileSystem; key: string; fromImage: boolean }> {
  if (cmd.kind === 'ADD' || cmd.from === '') return { fs: bk.env.context.fs, key: 'context', fromImage: false };
  const index = findStage(state.plan.allStages, cmd.from, state.index);
  const solved = index === undefined ? undefined : bk.solved.get(index);
  if (solved) return { fs: MemFs.from(rootfsOfLayers(bk, solved.image.rootfs.diff_ids)), key: solved.cacheKey, fromImage: true };
  const base = await imageByRef(bk.env, cmd.from, false);
  return { fs: MemFs.from(bk.env.ctx.images.rootfs(base.imageId)), key: base.imageId, fromImage: true };
}

export async function copyStep(bk: SolveEnv, state: BkState, cmd: CopyCommand): Promise<void> {
  const lines = { start: cmd.startLine, end: cmd.endLine };
  const name = prefix(state.plan, uppercaseCmd(cmd.original));
  if (cmd.kind === 'ADD') {
    const url = cmd.sourcePaths.find((s) => /^(https?|git):\/\//.test(s) || s.startsWith('git@'));
    if (url) throw new SolveError(`failed to load ${url}: the Dockyard simulator has no network access. Put the file in the build context and COPY it instead`, lines);
  }
  const src = await sourceOf(bk, state, cmd);
  let sources: CopySource[] = [];
  if (cmd.sourcePaths.length > 0) {
    try {
      sources = findSources(src.fs, cmd.sourcePaths);
    } catch (error) {
      const missing = /stat (.*): file does not exist/.exec(messageOf(error));
      const message = missing ? `failed to compute cache key: failed to calculate checksum of ref ${bk.env.ctx.newId().slice(0, 25)}::${bk.env.ctx.newId().slice(0, 25)}: "/${missing[1].replace(/^\.?\//, '')}": not found` : messageOf(error);
      bk.progress.vertex(`${state.cacheKey}:${name}`, name).start().fail(message);
      throw new SolveError(message, lines);
    }
  }
  const workdir = state.runConfig.WorkingDir || '/';
  const dest = cmd.destPath.startsWith('/') ? cmd.destPath : resolve(workdir, cmd.destPath) + (cmd.destPath.endsWith('/') || cmd.destPath === '.' ? '/' : '');
  const mode = cmd.chmod ? parseInt(cmd.chmod, 8) : undefined;
  if (cmd.chmod && (mode === undefined || Number.isNaN(mode))) throw new SolveError(`invalid chmod parameter: '${cmd.chmod}'. it should be octal string and between 0 and 07777`, lines);
  const words = [...cmd.sourcePaths, ...cmd.sourceContents.map((c) => `<<${c.name}`), cmd.destPath];
  await layerStep(bk, state, {
    name,
    op: { copy: sources.map((s) => [s.path, s.hash]), from: src.key, contents: cmd.sourceContents.map((c) => c.data), dest, chown: cmd.chown, chmod: cmd.chmod, add: cmd.kind === 'ADD' },
    createdBy: `${cmd.kind} ${words.join(' ')} # buildkit`,
    lines,
    async run() {
      const lower = rootfsOfLayers(bk, state.image.rootfs.diff_ids);
      const fs = MemFs.from(lower);
      const owner = cmd.chown ? resolveUser(fs, cmd.chown) : src.fromImage ? undefined : { uid: 0, gid: 0 };
      if (sources.length > 0) copySources(src.fs, sources, fs, dest, { owner, unpack: cmd.kind === 'ADD', instruction: cmd.kind });
      for (const doc of cmd.sourceContents) {
        const target = dest.endsWith('/') ? `${dest}${doc.name}` : dest;
        if (!fs.exists(dirname(target))) fs.mkdir(dirname(target), { recursive: true });
        fs.writeFile(target, doc.data);
      }
      const entries = layerEntriesFromDiff(lower, fs.snapshot());
      if (mode === undefined) return entries;
      const top = dest.replace(/\/$/, '');
      return entries.map((e) => (e.type === 'file' || (e.type === 'dir' && `/${e.path}` !== top && `/${e.path}`.startsWith(`${top}/`)) ? { ...e, mode } : e));
    },
  });
}
