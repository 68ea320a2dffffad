/**
 * RUN on BuildKit (dockerfile2llb dispatchRun): the argv (SHELL + command, the exec
 * form as is, or a heredoc: a lone `<<EOF` runs its body as the script, anything else
 * hands the reconstituted heredoc to the shell), the visible build args in the
 * environment and as the `|N k=v` prefix of the history entry
 * (`RUN /bin/sh -c npm install # buildkit`), then a real container over the state's
 * layers whose filesystem change becomes the layer. The container runs from a
 * transient image that is removed again: BuildKit keeps no intermediate images.
 */
import type { CommandOf } from '../instructions/commands.ts';
import { parseHeredoc } from '../parser/heredoc.ts';
import { runCommands } from '../executor/step-run.ts';
import { createStepContainer, runStepContainer } from '../executor/run-container.ts';
import { shellOf } from '../executor/state.ts';
import { goQuote } from '../parser/go-quote.ts';
import { SolveError } from './errors.ts';
import { layerStep } from './layer-step.ts';
import { prefix, uppercaseCmd } from './plan.ts';
import type { SolveEnv } from './solve-env.ts';
import { stateConfig, type BkState } from './state.ts';

type RunCommand = CommandOf<'RUN'>;

/** summarizeHeredoc: the first line of the body, `...` when there are more. */
export function summarizeHeredoc(doc: string): string {
  const lines = doc.trim().replace(/\r\n/g, '\n').split('\n');
  return lines[0] + (lines.length > 1 ? '...' : '');
}

/** The argv the RUN executes, heredocs resolved. */
export function runArgv(state: BkState, cmd: RunCommand): string[] {
  let args = cmd.cmdLine;
  if (cmd.files.length > 0) {
    const single = args.length === 1 && parseHeredoc(args[0]) !== null && args[0].trim().startsWith('<<') && !/\s/.test(args[0].trim());
    if (single) args = [cmd.files[0].data];
    else args = [args[0] + cmd.files.map((f) => `\n${f.data}${f.name}`).join('')];
  }
  return cmd.prependShell ? [...shellOf(state), args.join(' ')] : [...args];
}

export async function runStep(bk: SolveEnv, state: BkState, cmd: RunCommand): Promise<void> {
  const lines = { start: cmd.startLine, end: cmd.endLine };
  if (cmd.mounts.length > 0) throw new SolveError('RUN --mount is not simulated by Dockyard yet', lines);
  const argv = runArgv(state, cmd);
  const { argEnv } = runCommands(state, { ...cmd, cmdLine: argv, prependShell: false });
  const recorded = [...(argEnv.length > 0 ? [`|${argEnv.length}`, ...argEnv] : []), ...argv].join(' ');
  const heredoc = cmd.files.length > 0 && argv.length > 0 && cmd.files[0].data === argv[argv.length - 1] ? ` (${summarizeHeredoc(cmd.files[0].data)})` : '';
  const env = [...(state.runConfig.Env ?? []), ...argEnv];
  const { ctx, service } = bk.env;
  await layerStep(bk, state, {
    name: prefix(state.plan, uppercaseCmd(cmd.original) + heredoc),
    op: { run: argv, env, cwd: state.runConfig.WorkingDir ?? '', user: state.runConfig.User ?? '' },
    createdBy: `RUN ${recorded} # buildkit`,
    lines,
    async run(vertex) {
      const config = stateConfig(state);
      const before = service.images.all().length;
      const image = service.images.create(config);
      const transient = service.images.all().length > before;
      const container = createStepContainer(ctx, image.id, { ...state.runConfig, Cmd: argv }, env);
      try {
        const status = await runStepContainer(ctx, container, (text) => vertex.log(text));
        if (status !== 0) throw new SolveError(`process ${goQuote(argv.join(' '))} did not complete successfully: exit code: ${status}`, lines);
        return container.diff();
      } finally {
        container.remove();
        if (transient) service.images.delete(image.id);
      }
    },
  });
}
