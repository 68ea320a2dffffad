/**
 * The `created_by` strings of image history as Docker Hub shows them. Images built by
 * the classic builder record metadata steps as `/bin/sh -c #(nop)  INSTR` (two spaces)
 * and ADD/COPY as `/bin/sh -c #(nop) ADD file:<sha> in <dst> ` (one space, trailing
 * space); images built by BuildKit record the instruction itself, RUN with
 * `/bin/sh -c … # buildkit`, and the comment `buildkit.dockerfile.v0`.
 */
import type { FileSpec, StepSpec } from './spec.ts';

export const buildkitComment = 'buildkit.dockerfile.v0';

/** A classic-builder metadata step (CMD, ENV, LABEL…): no layer. */
export function nop(instruction: string): StepSpec {
  return { createdBy: `/bin/sh -c #(nop)  ${instruction}` };
}

/** A classic-builder ADD of a rootfs tarball, named by its content hash as Docker does. */
export function nopAdd(sha: string, files: FileSpec[], dest = '/'): StepSpec {
  return { createdBy: `/bin/sh -c #(nop) ADD file:${sha} in ${dest} `, files };
}

/** A BuildKit metadata step (ENV, CMD, EXPOSE…): no layer, unless it writes files (WORKDIR). */
export function meta(instruction: string, files?: FileSpec[]): StepSpec {
  return files ? { createdBy: instruction, comment: buildkitComment, files } : { createdBy: instruction, comment: buildkitComment };
}

/** A BuildKit RUN step: `RUN /bin/sh -c <cmd> # buildkit`, with the files it leaves behind. */
export function run(command: string, files: FileSpec[]): StepSpec {
  return { createdBy: `RUN /bin/sh -c ${command} # buildkit`, comment: buildkitComment, files };
}

/** A BuildKit COPY/ADD/WORKDIR step that writes files: `COPY src dst # buildkit`. */
export function copy(instruction: string, files: FileSpec[]): StepSpec {
  return { createdBy: `${instruction} # buildkit`, comment: buildkitComment, files };
}
