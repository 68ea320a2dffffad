/**
 * The seeded Docker Hub: every official image the simulator can pull, as data. Specs
 * that name a `base` build on another spec of this list (by `repository:tag`), so
 * their shared layers are the same bytes and pull once (`Already exists`).
 */
import type { ImageSpec } from './spec.ts';
import { alpine318, alpine319, alpine320 } from './alpine.ts';
import { buildpackDeps, buildpackDepsCurl, buildpackDepsScm } from './buildpack-deps.ts';
import { busybox } from './busybox.ts';
import { debianBookworm, debianBookwormSlim } from './debian.ts';
import { helloWorld } from './hello-world.ts';
import { httpdLatest } from './httpd.ts';
import { nginxAlpine, nginxLatest } from './nginx.ts';
import { nodeImage18, nodeImage20, nodeImage22, nodeLtsAlpine } from './node.ts';
import { postgres16 } from './postgres.ts';
import { python312 } from './python.ts';
import { redisLatest } from './redis.ts';
import { registry2 } from './registry.ts';
import { ubuntu2204, ubuntu2404 } from './ubuntu.ts';

export type { FileSpec, ImageSpec, RunConfigSpec, StepSpec } from './spec.ts';

/** Bases come before the images built on them. */
export const hubImages: ImageSpec[] = [
  helloWorld,
  alpine320,
  alpine319,
  alpine318,
  busybox,
  ubuntu2404,
  ubuntu2204,
  debianBookworm,
  debianBookwormSlim,
  buildpackDepsCurl,
  buildpackDepsScm,
  buildpackDeps,
  nodeImage22,
  nodeImage20,
  nodeImage18,
  nodeLtsAlpine,
  python312,
  nginxLatest,
  nginxAlpine,
  httpdLatest,
  redisLatest,
  postgres16,
  registry2,
];

/** The spec a `repository:tag` names (`library/debian:bookworm`), as `base` fields do. */
export function findHubImage(reference: string): ImageSpec | undefined {
  const colon = reference.lastIndexOf(':');
  const repository = reference.slice(0, colon);
  const tag = reference.slice(colon + 1);
  return hubImages.find((image) => image.repository === repository && image.tags.includes(tag));
}
