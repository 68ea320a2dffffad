/**
 * WORKDIR on BuildKit (dockerfile2llb dispatchWorkdir): the directory joins the previous
 * one; unless it is `/`, a `mkdir -p` file operation makes it — a vertex and a layer
 * even when the directory already exists — with the history entry `WORKDIR /app`
 * (no `# buildkit` suffix). `WORKDIR /` only records history.
 */
import { MemFs } from '../../fs/memfs.ts';
import { resolveUser } from '../../daemon/containers/environment.ts';
import { layerEntriesFromDiff } from '../../layer/changes.ts';
import type { CommandOf } from '../instructions/commands.ts';
import { applyWorkdir } from '../executor/step-workdir.ts';
import { rootfsOfLayers } from './copy-step.ts';
import { layerStep } from './layer-step.ts';
import { prefix, uppercaseCmd } from './plan.ts';
import type { SolveEnv } from './solve-env.ts';
import { appendMetadata, type BkState } from './state.ts';

export async function workdirStep(bk: SolveEnv, state: BkState, cmd: CommandOf<'WORKDIR'>): Promise<void> {
  const dir = applyWorkdir(state, cmd);
  if (dir === '/') {
    appendMetadata(state, 'WORKDIR /');
    return;
  }
  const user = state.runConfig.User ?? '';
  await layerStep(bk, state, {
    name: prefix(state.plan, uppercaseCmd(cmd.original)),
    op: { mkdir: dir, user },
    createdBy: `WORKDIR ${dir}`,
    lines: { start: cmd.startLine, end: cmd.endLine },
    async run() {
      const lower = rootfsOfLayers(bk, state.image.rootfs.diff_ids);
      const fs = MemFs.from(lower);
      if (!fs.exists(dir)) {
        const owner = user ? resolveUser(fs, user) : { uid: 0, gid: 0 };
        fs.mkdir(dir, { recursive: true, mode: 0o755, uid: owner.uid, gid: owner.gid });
      }
      return layerEntriesFromDiff(lower, fs.snapshot());
    },
  });
}
