/**
 * Which stages a BuildKit build runs and what its vertices are called
 * (dockerfile2llb/convert.go): starting from the target (the last stage, or
 * `--target`), a stage is needed when the target reaches it through `FROM <stage>` or
 * `COPY --from=<stage>`; the others are never built. A stage's steps are numbered
 * `[name i/n]`, where n counts FROM (unless scratch or another stage) plus every RUN,
 * COPY, ADD and WORKDIR; the name is left out when the Dockerfile has one stage, and an
 * unnamed stage of several is `stage-<index>`.
 */
import type { Command, Stage } from '../instructions/commands.ts';

export interface StagePlan {
  stage: Stage;
  index: number;
  /** Every stage of the Dockerfile (for `--from` lookups). */
  allStages: readonly Stage[];
  /** The earlier stage FROM builds on, if any. */
  baseStage?: number;
  /** Display name in step prefixes ('' for a single-stage Dockerfile). */
  displayName: string;
  total: number;
  /** Steps numbered so far (prefix() increments it). */
  counter: number;
}

const LAYER_KINDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

export function findStage(stages: readonly Stage[], ref: string, before: number): number | undefined {
  const lower = ref.toLowerCase();
  const byName = stages.findIndex((s, i) => i < before && s.name !== '' && s.name === lower);
  if (byName >= 0) return byName;
  if (/^\d+$/.test(ref) && Number(ref) < before) return Number(ref);
  return undefined;
}

function copyFrom(cmd: Command): string {
  return cmd.kind === 'COPY' ? cmd.from : '';
}

/** Plans for every stage (base names already expanded), and the set reachable from the target. */
export function planStages(stages: readonly Stage[], totalStages: number): { plans: StagePlan[]; reachable: Set<number> } {
  const plans = stages.map((stage, index): StagePlan => {
    const baseStage = findStage(stages, stage.baseName, index);
    const fromCounts = baseStage === undefined && stage.baseName.toLowerCase() !== 'scratch' ? 1 : 0;
    const total = fromCounts + stage.commands.filter((c) => LAYER_KINDS.has(c.kind)).length;
    const displayName = totalStages === 1 ? '' : stage.name || `stage-${index}`;
    return { stage, index, allStages: stages, baseStage, displayName, total, counter: 0 };
  });
  const reachable = new Set<number>();
  const visit = (i: number) => {
    if (reachable.has(i)) return;
    reachable.add(i);
    const plan = plans[i];
    if (plan.baseStage !== undefined) visit(plan.baseStage);
    for (const cmd of plan.stage.commands) {
      const from = copyFrom(cmd);
      const dep = from ? findStage(stages, from, i) : undefined;
      if (dep !== undefined) visit(dep);
    }
  };
  visit(stages.length - 1);
  return { plans, reachable };
}

/** `[build 2/4] ` — prefixCommand, with the index padded to the width of the total. */
export function prefix(plan: StagePlan, text: string): string {
  if (plan.total === 0) return text;
  plan.counter++;
  const width = Math.floor(1 + Math.log10(plan.total));
  const name = plan.displayName ? `${plan.displayName} ` : '';
  return `[${name}${String(plan.counter).padStart(width)}/${plan.total}] ${text}`;
}

/** uppercaseCmd: the instruction word in capitals, the rest as written. */
export function uppercaseCmd(original: string): string {
  const i = original.indexOf(' ');
  return i < 0 ? original.toUpperCase() : original.slice(0, i).toUpperCase() + original.slice(i);
}
