/**
 * COPY and ADD on the classic builder (moby dispatchers.go dispatchCopy/dispatchAdd +
 * copy.go): find the sources in the context or in a `--from` stage or image, hash them
 * into the `COPY file:<sha256> in /dst ` comment the cache compares, and on a miss
 * copy them over the current root filesystem and commit the difference as a layer.
 * No container is shown. ADD of a URL is refused: the simulator has no network.
 */
import { resolveUser } from '../../daemon/containers/environment.ts';
import { isEngineError } from '../../errdefs.ts';
import { MemFs } from '../../fs/memfs.ts';
import { resolve } from '../../fs/path.ts';
import type { FileSystem } from '../../fs/types.ts';
import { layerEntriesFromDiff, snapshotFromLayers } from '../../layer/changes.ts';
import type { CommandOf } from '../instructions/commands.ts';
import { copySources } from './copy-files.ts';
import { findSources, sourcesToken } from './copy-sources.ts';
import { resolveFrom } from './stage-base.ts';
import { commitStep, nopCmd, tryCache } from './step-meta.ts';
import type { StageState } from './state.ts';
import { BuildError, requiresBuildKit, type BuildEnv } from './build-env.ts';

type CopyCommand = CommandOf<'COPY'> | CommandOf<'ADD'>;

export function rootfsOf(env: BuildEnv, imageId: string) {
  return imageId ? env.ctx.images.rootfs(imageId) : snapshotFromLayers([]);
}

function failed(name: string, error: unknown): never {
  if (error instanceof BuildError) throw error;
  if (isEngineError(error) || error instanceof Error) throw new BuildError(`${name} failed: ${error.message}`);
  throw error;
}

/** The filesystem the sources come from: the context, or a stage's / image's root. */
export async function sourceFs(env: BuildEnv, state: StageState, cmd: CopyCommand): Promise<{ fs: FileSystem; fromImage: boolean }> {
  if (cmd.kind === 'ADD' || cmd.from === '') return { fs: env.context.fs, fromImage: false };
  const from = await resolveFrom(env, state, cmd.from);
  return { fs: MemFs.from(rootfsOf(env, from.imageId)), fromImage: true };
}

export function checkCopyFlags(cmd: CopyCommand): void {
  if (cmd.chmod) throw requiresBuildKit('chmod');
  if (cmd.link) throw requiresBuildKit('link');
  if (cmd.exclude.length > 0) throw requiresBuildKit('exclude');
  if (cmd.kind === 'COPY' && cmd.parents) throw requiresBuildKit('parents');
  if (cmd.kind === 'ADD' && cmd.checksum) throw requiresBuildKit('checksum');
  if (cmd.sourceContents.length > 0) throw new BuildError(`${cmd.kind} failed: heredocs require BuildKit`);
  if (cmd.kind === 'ADD') {
    const url = cmd.sourcePaths.find((s) => /^(https?|git):\/\//.test(s) || s.startsWith('git@'));
    if (url) throw new BuildError(`ADD failed: cannot download ${url}: the Dockyard simulator has no network access. Put the file in the build context and COPY it instead`);
  }
}

/** The copy itself over the current root; returns the layer entries and the sources' token. */
export function performCopy(env: BuildEnv, state: StageState, cmd: CopyCommand, src: FileSystem, fromImage: boolean) {
  let sources;
  try {
    sources = findSources(src, cmd.sourcePaths);
  } catch (e) {
    failed(cmd.kind, e);
  }
  const workdir = state.runConfig.WorkingDir || '/';
  const dest = cmd.destPath.startsWith('/') ? cmd.destPath : resolve(workdir, cmd.destPath) + (cmd.destPath.endsWith('/') || cmd.destPath === '.' ? '/' : '');
  return {
    token: sourcesToken(sources),
    dest,
    apply(): ReturnType<typeof layerEntriesFromDiff> {
      const lower = rootfsOf(env, state.imageId);
      const fs = MemFs.from(lower);
      const owner = cmd.chown ? resolveUser(fs, cmd.chown) : fromImage ? undefined : { uid: 0, gid: 0 };
      try {
        copySources(src, sources, fs, dest, { owner, unpack: cmd.kind === 'ADD', instruction: cmd.kind });
      } catch (e) {
        failed(cmd.kind, e);
      }
      return layerEntriesFromDiff(lower, fs.snapshot());
    },
  };
}

export async function dispatchCopy(env: BuildEnv, state: StageState, cmd: CopyCommand): Promise<void> {
  checkCopyFlags(cmd);
  const { fs, fromImage } = await sourceFs(env, state, cmd);
  const copy = performCopy(env, state, cmd, fs, fromImage);
  const chown = cmd.chown ? `--chown=${cmd.chown} ` : '';
  const containerCmd = nopCmd(state, `${cmd.kind} ${chown}${copy.token} in ${copy.dest} `, false);
  if (tryCache(env, state, containerCmd)) return;
  commitStep(env, state, containerCmd, undefined, copy.apply());
}
