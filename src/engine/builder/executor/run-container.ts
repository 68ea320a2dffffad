/**
 * Running one build step in a real container (moby builder/dockerfile/containerbackend.go):
 * create it from the current image with the step's command, environment, working
 * directory and user, start it, relay its output, and wait for its exit on the daemon's
 * virtual clock (the host side's settle() advances time while processes sleep). The
 * filesystem change is read before the container is removed.
 */
import { createContainer } from '../../daemon/containers/create.ts';
import { isInitLayerPath } from '../../daemon/containers/init-layer.ts';
import { removeContainer } from '../../daemon/containers/remove.ts';
import { startContainer } from '../../daemon/containers/start.ts';
import { waitContainer } from '../../daemon/containers/wait.ts';
import type { DaemonContext } from '../../daemon/context.ts';
import type { RunConfig } from '../../image/config.ts';
import { layerEntriesFromDiff } from '../../layer/changes.ts';
import type { TarEntry } from '../../layer/tar.ts';

export interface StepContainer {
  id: string;
  /** The container's filesystem change as layer entries (init-layer files left out). */
  diff(): TarEntry[];
  remove(): void;
}

/** Create (not start) a container for a step; the classic builder does this for metadata steps too. */
export function createStepContainer(ctx: DaemonContext, imageId: string, config: RunConfig, env: string[]): StepContainer {
  const { Id } = createContainer(ctx, {
    Image: imageId,
    Cmd: config.Cmd ?? [],
    Entrypoint: [],
    Env: env,
    WorkingDir: config.WorkingDir ?? '',
    User: config.User ?? '',
    Labels: config.Labels ?? {},
    HostConfig: { NetworkMode: 'default' },
  } as never);
  const container = ctx.containers.get(Id);
  return {
    id: Id,
    diff() {
      const entries = layerEntriesFromDiff(container.baseSnapshot, container.fs.snapshot()).filter((e) => !isInitLayerPath(`/${e.path}`));
      // /etc only changed because /etc/hosts was rewritten at start: not part of the step.
      return entries.filter((e) => !(e.type === 'dir' && e.path === 'etc' && !entries.some((o) => o.path.startsWith('etc/'))));
    },
    remove() {
      removeContainer(ctx, Id, { force: true });
    },
  };
}

/**
 * Start the container and resolve to its exit status, passing its output on as it comes.
 * A command that cannot start (no /bin/sh in the image) resolves to runc's status with
 * the message written to `onOutput`.
 */
export async function runStepContainer(ctx: DaemonContext, step: StepContainer, onOutput: (text: string) => void): Promise<number> {
  const unsubscribe = ctx.events.subscribe((event) => {
    if (event.kind === 'process.output' && event.containerId === step.id) onOutput(event.text);
  });
  try {
    const exited = waitContainer(ctx, step.id, 'next-exit');
    try {
      startContainer(ctx, step.id);
    } catch (error) {
      onOutput(`${error instanceof Error ? error.message : String(error)}\n`);
      return ctx.containers.get(step.id).state.ExitCode || 127;
    }
    return (await exited).StatusCode;
  } finally {
    unsubscribe();
  }
}
