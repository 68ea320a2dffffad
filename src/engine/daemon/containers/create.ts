/**
 * `POST /containers/create`: validate the name, resolve the image, merge the image's
 * defaults into the request (moby daemon/create.go + merge.go), and build the
 * container's root filesystem: the image layers, Docker's init layer, a writable layer.
 */
import { Container } from '../../container/container.ts';
import { mergeEnv, type CreateRequest, type HostConfig } from '../../container/config.ts';
import { generateName, isValidName } from '../../container/names.ts';
import { conflict, invalidParameter } from '../../errdefs.ts';
import { MemFs } from '../../fs/memfs.ts';
import type { RunConfig } from '../../image/config.ts';
import type { DaemonContext } from '../context.ts';
import { emitContainerEvent } from './events.ts';
import { writeInitLayer } from './init-layer.ts';
import { attachAtCreate, forgetContainer } from '../../network/attachments.ts';
import { prepareMounts } from '../../volume/container-mounts.ts';
import { dirname } from '../../fs/path.ts';

export interface CreateResult {
  Id: string;
  Warnings: string[];
}

export function nameConflict(name: string, holderId: string): Error {
  return conflict(
    `Conflict. The container name "/${name}" is already in use by container "${holderId}". You have to remove (or rename) that container to be able to reuse that name.`,
  );
}

export function checkName(ctx: DaemonContext, name: string): string {
  if (!isValidName(name)) throw invalidParameter(`Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  const bare = name.replace(/^\//, '');
  const holder = ctx.containers.byName(bare);
  if (holder) throw nameConflict(bare, holder.id);
  return bare;
}

function union<T>(...maps: (Record<string, T> | null | undefined)[]): Record<string, T> | undefined {
  const out: Record<string, T> = {};
  for (const m of maps) Object.assign(out, m ?? {});
  return Object.keys(out).length > 0 ? out : undefined;
}

/** moby's merge(): the request wins, the image fills what the request leaves empty. */
function mergeConfig(body: CreateRequest, image: RunConfig) {
  const userEntrypoint = body.Entrypoint ?? null;
  let cmd = body.Cmd ?? null;
  let entrypoint = userEntrypoint;
  if (!userEntrypoint || userEntrypoint.length === 0) {
    if (!cmd || cmd.length === 0) cmd = image.Cmd ?? null;
    if (userEntrypoint === null) entrypoint = image.Entrypoint ?? null;
  }
  const portKeys = Object.fromEntries(Object.keys(body.HostConfig?.PortBindings ?? {}).map((k) => [k, {}]));
  return {
    ...body,
    Env: mergeEnv(image.Env, body.Env),
    Cmd: cmd,
    Entrypoint: entrypoint,
    WorkingDir: body.WorkingDir || image.WorkingDir || '',
    User: body.User || image.User || '',
    ExposedPorts: union(image.ExposedPorts, body.ExposedPorts, portKeys),
    Volumes: union(image.Volumes, body.Volumes),
    Labels: { ...(image.Labels ?? {}), ...(body.Labels ?? {}) },
    StopSignal: body.StopSignal || image.StopSignal,
    OnBuild: null,
  };
}

export function createContainer(ctx: DaemonContext, body: CreateRequest, requestedName?: string): CreateResult {
  const name = requestedName ? checkName(ctx, requestedName) : undefined;
  if (!body.Image) throw invalidParameter('Config cannot be empty in order to create a container');
  const image = ctx.images.resolve(body.Image);
  const config = mergeConfig(body, image.config);
  const argv = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])];
  if (argv.length === 0) throw invalidParameter('no command specified');

  const id = ctx.newId();
  const hostname = body.Hostname || id.slice(0, 12);
  const hostConfig: HostConfig = {
    NetworkMode: 'bridge',
    RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
    ...body.HostConfig,
  };
  if (!hostConfig.NetworkMode || hostConfig.NetworkMode === 'default') hostConfig.NetworkMode = 'bridge';
  delete config.HostConfig;
  delete config.NetworkingConfig;

  const init = MemFs.from(ctx.images.rootfs(image.id), { clock: ctx.clock });
  writeInitLayer(init, hostname);
  const base = init.snapshot();
  const fs = MemFs.from(base, { clock: ctx.clock });
  if (config.WorkingDir && !fs.exists(config.WorkingDir)) fs.mkdir(config.WorkingDir, { recursive: true });

  const finalName = name ?? generateName(ctx.rng, (n) => ctx.containers.byName(n) !== undefined);
  attachAtCreate(ctx.networks, id, hostConfig.NetworkMode, (body.NetworkingConfig?.EndpointsConfig ?? {}) as never);
  let mounts;
  try {
    mounts = prepareMounts(ctx.volumes, id, {
      binds: hostConfig.Binds,
      mounts: hostConfig.Mounts as never,
      volumes: config.Volumes,
      imageRootfs: base,
      hostPathExists: (p) => ctx.hostFs.exists(p),
    });
  } catch (error) {
    forgetContainer(ctx.networks, id);
    throw error;
  }
  // `-v /host/dir:/x` creates a missing host directory, as dockerd does (`--mount` refuses instead).
  for (const m of mounts) {
    if (m.spec.type === 'bind' && !ctx.hostFs.exists(m.spec.source)) {
      if (ctx.hostFs.exists(dirname(m.spec.source)) || m.spec.source !== '/') ctx.hostFs.mkdir(m.spec.source, { recursive: true });
    }
  }
  const container = new Container(
    id,
    finalName,
    ctx.clock.now(),
    body.Image,
    image.id,
    { ...config, Hostname: hostname, Image: body.Image },
    hostConfig,
    argv[0],
    argv.slice(1),
    base,
    fs,
  );
  container.mounts = mounts;
  ctx.containers.add(container);
  emitContainerEvent(ctx, container, 'create');
  return { Id: id, Warnings: [] };
}
