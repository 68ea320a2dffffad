/**
 * `POST /commit` (docker commit): the container's writable layer becomes a new layer on
 * top of its image, with the container's run configuration and a history entry for the
 * change; optionally tagged. The init layer's files are Docker's mounts and never land.
 */
import type { Container } from '../../container/container.ts';
import { serializeConfig, type ImageConfig } from '../../image/config.ts';
import { tagImage } from '../../image/tag.ts';
import { layerEntriesFromDiff } from '../../layer/changes.ts';
import { diffIdOf } from '../../layer/ids.ts';
import { writeTar } from '../../layer/tar.ts';
import type { Digest } from '../../util/digest.ts';
import { withoutInitLayer } from '../containers/init-layer.ts';
import type { ImageService } from './service.ts';

export interface CommitOptions {
  repo?: string;
  tag?: string;
  comment?: string;
  author?: string;
  now: number;
}

export function commitContainer(service: ImageService, container: Container, options: CommitOptions): Digest {
  const parent = service.images.get(container.imageId as Digest);
  if (!parent) throw new Error(`image ${container.imageId} of container ${container.id} is gone`);
  const kept = withoutInitLayer(layerEntriesFromDiff(container.baseSnapshot, container.fs.snapshot()), (e) => `/${e.path}`, (e) => e.type === 'dir');
  const tar = writeTar(kept);
  service.layers.register(tar, parent.topChainId);
  const c = container.config;
  const config: ImageConfig = {
    ...parent.config,
    created: new Date(options.now).toISOString(),
    author: options.author ?? '',
    comment: options.comment ?? '',
    config: {
      ...parent.config.config,
      User: c.User ?? '',
      Env: c.Env ?? [],
      Cmd: c.Cmd ?? null,
      Entrypoint: c.Entrypoint ?? null,
      WorkingDir: c.WorkingDir ?? '',
      ExposedPorts: (c.ExposedPorts as Record<string, object> | undefined) ?? undefined,
      Volumes: (c.Volumes as Record<string, object> | undefined) ?? undefined,
      Labels: c.Labels ?? undefined,
    },
    rootfs: { type: 'layers', diff_ids: [...parent.config.rootfs.diff_ids, diffIdOf(tar)] },
    history: [...parent.config.history, { created: new Date(options.now).toISOString(), created_by: container.command, comment: options.comment || undefined, author: options.author || undefined }],
  };
  const record = service.images.create(serializeConfig(config), { parent: parent.id });
  if (options.repo) tagImage(service.deps, record.id, options.tag ? `${options.repo}:${options.tag}` : options.repo);
  return record.id;
}
