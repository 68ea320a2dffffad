/**
 * Dockyard's BuildKit (`POST /build?version=2`): the Dockerfile frontend and solver as
 * one sequential pass. Load the definition, parse it (errors carry their line), expand
 * the stages' base names with the global ARGs, keep only the stages the target
 * reaches, resolve their base images, then solve each stage's steps against the
 * content-addressed cache and export the target as an image. Progress streams as
 * `moby.buildkit.trace` messages, the image as `{aux:{ID}}`, a failure as a
 * `moby.buildkit.source` excerpt followed by the in-band error `failed to solve: …`.
 *
 * Real BuildKit talks to its client over gRPC on a hijacked `/session` connection; a
 * browser cannot do that, so Dockyard streams the same SolveStatus data as JSON
 * messages of the ordinary build endpoint instead.
 *
 * @example
 * for await (const m of buildkitBuild(daemon, daemon.images, tar, parseBuildQuery({ version: '2', t: 'app' }))) …
 */
import type { JsonMessage } from '../../api/types.ts';
import type { DaemonContext } from '../../daemon/context.ts';
import type { ImageService } from '../../daemon/images/service.ts';
import type { ImageRecord } from '../../image/store.ts';
import { readBuildContext, type BuildContext } from '../context/build-context.ts';
import { parseStages } from '../instructions/stages.ts';
import { expandFrom } from '../shell-lex/instruction-expansion.ts';
import { ShellLex } from '../shell-lex/lex.ts';
import { BuildArgs } from '../executor/build-args.ts';
import type { BuildEnv } from '../executor/build-env.ts';
import type { BuildOptions } from '../executor/options.ts';
import { BuildOutput } from '../executor/output.ts';
import { prepareBuild, type PreparedBuild } from '../executor/prepare.ts';
import { fromVertex, loadMetadata, type ResolvedBase } from './base-image.ts';
import { dispatchStage } from './dispatch.ts';
import { atLines, SolveError } from './errors.ts';
import { exportImage } from './export.ts';
import { loadBuildContext, loadDefinition, loadDockerignore } from './internal.ts';
import { messageOf } from './layer-step.ts';
import { planStages, prefix } from './plan.ts';
import { Progress } from './progress.ts';
import type { SolveEnv } from './solve-env.ts';
import { SOURCE_ID, type ErrorSource } from './solve-status.ts';

function prepare(tar: Uint8Array, options: BuildOptions): PreparedBuild {
  try {
    return prepareBuild(tar, options);
  } catch (e) {
    const line = /^dockerfile parse error on line (\d+)/.exec(messageOf(e));
    const message = messageOf(e).replace(/^the Dockerfile \(.*\) cannot be empty$/, 'the Dockerfile cannot be empty');
    throw new SolveError(message, line ? { start: Number(line[1]), end: Number(line[1]) } : undefined);
  }
}

async function solve(bk: SolveEnv, tar: Uint8Array): Promise<string> {
  const { env } = bk;
  let context: BuildContext | undefined;
  try {
    context = readBuildContext(tar, env.options.dockerfile);
  } catch {
    loadDefinition(bk.progress, env.options.dockerfile, undefined);
    throw new SolveError(`failed to read dockerfile: open ${env.options.dockerfile}: no such file or directory`);
  }
  env.context = context;
  loadDefinition(bk.progress, context.dockerfileName, context.dockerfile);
  const prepared = prepare(tar, env.options);
  env.escapeToken = prepared.parse.escapeToken;
  const args = new BuildArgs(env.options.buildArgs);
  const lex = new ShellLex({ escapeToken: env.escapeToken });
  for (const meta of prepared.metaArgs) {
    for (const a of meta.args) args.addMetaArg(a.key, a.value === undefined ? undefined : lex.processWord(a.value, args.metaValues()).result);
  }
  const stages = prepared.stages.map((s) => {
    try {
      return expandFrom(s, args.metaValues(), env.escapeToken);
    } catch (e) {
      throw atLines(e, { start: s.startLine, end: s.endLine });
    }
  });
  const { plans, reachable } = planStages(stages, parseStages(prepared.parse.ast).stages.length);
  const used = plans.filter((p) => reachable.has(p.index));
  const bases = new Map<number, ResolvedBase>();
  for (const plan of used) {
    if (plan.baseStage !== undefined || plan.stage.baseName.toLowerCase() === 'scratch') continue;
    bases.set(plan.index, await loadMetadata(bk, plan.stage.baseName, { start: plan.stage.startLine, end: plan.stage.endLine }));
  }
  loadDockerignore(bk.progress, context.fs);
  const needsContext = used.some((p) => p.stage.commands.some((c) => c.kind === 'ADD' || (c.kind === 'COPY' && c.from === '' && c.sourcePaths.length > 0)));
  let contextLoaded = false;
  let state;
  for (const plan of used) {
    const base = bases.get(plan.index);
    let from: ImageRecord | undefined;
    if (base) from = await fromVertex(bk, base, (text) => prefix(plan, text));
    if (needsContext && !contextLoaded) {
      loadBuildContext(bk.progress, context.fs);
      contextLoaded = true;
    }
    state = await dispatchStage(bk, plan, args.forStage(), from);
  }
  return exportImage(bk, state!);
}

export function buildkitBuild(ctx: DaemonContext, service: ImageService, tar: Uint8Array, options: BuildOptions): AsyncIterable<JsonMessage> {
  const out = new BuildOutput(false);
  const env: BuildEnv = { ctx, service, context: undefined as never, options, out, escapeToken: '\\', stages: [] };
  const bk: SolveEnv = { env, progress: new Progress(out, ctx.clock), solved: new Map() };
  void (async () => {
    try {
      const id = await solve(bk, tar);
      out.aux({ ID: id });
    } catch (error) {
      const located = atLines(error, undefined);
      if (located.lines && env.context) {
        const source: ErrorSource = { filename: env.context.dockerfileName, data: env.context.dockerfile, ranges: [located.lines] };
        out.send({ id: SOURCE_ID, aux: source });
      }
      out.error(`failed to solve: ${located.message}`);
    } finally {
      out.close();
    }
  })();
  return out.queue;
}
