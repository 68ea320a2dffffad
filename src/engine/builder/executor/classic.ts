/**
 * The classic builder (moby builder/dockerfile/builder.go dispatchDockerfileWithCancellation):
 * `Step N/M : <original>` for every meta ARG, FROM and instruction of every stage up
 * to the target, ` ---> <id>` after each, `{aux:{ID}}` after each stage, then the
 * unused-build-arg warning, `Successfully built` and one `Successfully tagged` per
 * `-t`. Tags are applied only when every step succeeded, so a failed build tags nothing.
 *
 * @example
 * const messages = classicBuild(daemon, daemon.images, prepareBuild(tar, options), options);
 * for await (const m of messages) process.stdout.write(m.stream ?? '');
 */
import type { JsonMessage } from '../../api/types.ts';
import type { DaemonContext } from '../../daemon/context.ts';
import type { ImageService } from '../../daemon/images/service.ts';
import { isEngineError } from '../../errdefs.ts';
import { tagImage } from '../../image/tag.ts';
import { familiarString, parseNormalizedNamed, tagNameOnly } from '../../reference/index.ts';
import { expandFrom } from '../shell-lex/instruction-expansion.ts';
import { ShellLex } from '../shell-lex/lex.ts';
import { BuildArgs } from './build-args.ts';
import { BuildError, short, type BuildEnv } from './build-env.ts';
import { dispatchCommand, runTriggers } from './dispatch.ts';
import type { BuildOptions } from './options.ts';
import { BuildOutput } from './output.ts';
import type { PreparedBuild } from './prepare.ts';
import { resolveBase } from './stage-base.ts';
import { beginStage } from './state.ts';

async function run(env: BuildEnv, prepared: PreparedBuild): Promise<string> {
  const { out } = env;
  let step = 0;
  const stepLine = (original: string) => out.text(`Step ${++step}/${prepared.totalSteps} : ${original}\n`);
  for (const w of prepared.warnings) out.text(`${w}\n`);
  const args = new BuildArgs(env.options.buildArgs);
  const lex = new ShellLex({ escapeToken: env.escapeToken });
  for (const meta of prepared.metaArgs) {
    stepLine(meta.original);
    for (const a of meta.args) {
      const value = a.value === undefined ? undefined : lex.processWord(a.value, args.metaValues()).result;
      args.addMetaArg(a.key, value);
    }
  }
  let imageId = '';
  for (const [index, raw] of prepared.stages.entries()) {
    stepLine(raw.original);
    const stage = expandFrom(raw, args.metaValues(), env.escapeToken);
    const base = await resolveBase(env, stage.baseName);
    const state = beginStage(stage.name, index, base.imageId, base.image, args.forStage());
    await runTriggers(env, state);
    out.text(` ---> ${short(state.imageId)}\n`);
    for (const cmd of stage.commands) {
      stepLine(cmd.original);
      await dispatchCommand(env, state, cmd);
      out.text(` ---> ${short(state.imageId)}\n`);
    }
    env.stages.push({ name: stage.name, index, imageId: state.imageId, image: state.image });
    if (state.imageId) out.aux({ ID: state.imageId });
    imageId = state.imageId;
  }
  const unused = args.unused();
  if (unused.length > 0) out.text(`[Warning] One or more build-args [${unused.join(' ')}] were not consumed\n`);
  if (!imageId) throw new BuildError('No image was generated. Is your Dockerfile empty?');
  return imageId;
}

/** Tag the result (`Successfully tagged name:tag` each). */
export function tagResult(env: BuildEnv, imageId: string): void {
  for (const t of env.options.tags) {
    tagImage(env.service.deps, imageId, t);
    env.out.text(`Successfully tagged ${familiarString(tagNameOnly(parseNormalizedNamed(t)))}\n`);
  }
}

export function reportFailure(out: BuildOutput, error: unknown): void {
  if (error instanceof BuildError) out.error(error.message, error.code);
  else if (isEngineError(error) || error instanceof Error) out.error(error.message);
  else out.error(String(error));
}

export function classicBuild(ctx: DaemonContext, service: ImageService, prepared: PreparedBuild, options: BuildOptions): AsyncIterable<JsonMessage> {
  const out = new BuildOutput(options.quiet);
  const env: BuildEnv = { ctx, service, context: prepared.context, options, out, escapeToken: prepared.parse.escapeToken, stages: [] };
  void (async () => {
    try {
      const imageId = await run(env, prepared);
      out.text(`Successfully built ${short(imageId)}\n`);
      tagResult(env, imageId);
      if (options.quiet) out.always(`${imageId}\n`);
    } catch (error) {
      reportFailure(out, error);
    } finally {
      out.close();
    }
  })();
  return out.queue;
}
