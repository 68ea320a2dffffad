/**
 * Advice a teacher would give about a Dockerfile that parses: the mistakes learners make
 * first (an `apt-get install` that waits for a "yes" nobody types, copying the whole
 * context before installing dependencies so every edit reinstalls them, an unpinned
 * base image, no command to run). Hints, not errors: the build still works.
 */
import type { ParsedStages } from '../../engine/builder/instructions/stages.ts';
import type { Command, Stage } from '../../engine/builder/instructions/commands.ts';
import { problem, type DockerfileProblem } from './problems.ts';

const aptInstall = /\bapt(?:-get)?\s+(?:\S+\s+)*?install\b/;
const assumeYes = /(?:^|\s)(?:-[a-zA-Z]*y[a-zA-Z]*|--yes|--assume-yes)(?=\s|$)/;
const dependencyInstall = /\b(?:npm\s+(?:install|ci|i)|yarn(?:\s+install)?|pnpm\s+(?:install|i)|pip3?\s+install|bundle\s+install|go\s+mod\s+download|composer\s+install|poetry\s+install)\b/;
const wholeContext = new Set(['.', './', '*', './*']);

function commandText(c: Command): string {
  return c.kind === 'RUN' ? c.cmdLine.join(' ') : '';
}

/** Each shell command of a RUN line on its own (split at `&&`, `||`, `;`, `|`). */
function shellCommands(text: string): string[] {
  return text.split(/&&|\|\||;|\|/).map((s) => s.trim());
}

function aptWithoutYes(c: Command): DockerfileProblem[] {
  if (c.kind !== 'RUN') return [];
  const bad = shellCommands(commandText(c)).some((s) => aptInstall.test(s) && !assumeYes.test(s));
  if (!bad) return [];
  return [problem(c.startLine, 'warning', '`apt-get install` asks "Do you want to continue? [Y/n]" and nobody can answer during a build: add -y (apt-get install -y …).', 'hint', c.endLine)];
}

function copyBeforeInstall(commands: Command[]): DockerfileProblem[] {
  const copyAt = commands.findIndex((c) => c.kind === 'COPY' && c.sourcePaths.some((p) => wholeContext.has(p)));
  if (copyAt < 0) return [];
  const install = commands.slice(copyAt + 1).find((c) => c.kind === 'RUN' && dependencyInstall.test(commandText(c)));
  if (!install) return [];
  const copy = commands[copyAt];
  const what = dependencyInstall.exec(commandText(install))?.[0] ?? 'the install';
  return [
    problem(
      copy.startLine,
      'info',
      `This copies the whole build context before \`${what}\` (line ${install.startLine}): editing any file invalidates the cache and the dependencies are installed again. Copy only the dependency list first (e.g. COPY package*.json ./), install, then copy the rest.`,
      'hint',
      copy.endLine,
    ),
  ];
}

function unpinnedBase(stage: Stage, earlierStages: Set<string>): DockerfileProblem[] {
  const ref = stage.baseName;
  if (ref === 'scratch' || ref.includes('$') || ref.includes('@') || earlierStages.has(ref.toLowerCase())) return [];
  const lastPart = ref.slice(ref.lastIndexOf('/') + 1);
  const colon = lastPart.indexOf(':');
  if (colon >= 0 && lastPart.slice(colon + 1) !== 'latest') return [];
  const repo = colon >= 0 ? ref.slice(0, ref.length - lastPart.length + colon) : ref;
  const message =
    colon >= 0
      ? `\`${ref}\` follows whatever is newest: the same Dockerfile can build something different tomorrow. Pin a version (e.g. ${repo}:<version>).`
      : `\`${ref}\` means \`${ref}:latest\`, which changes under you. Pin a version (e.g. ${repo}:<version>) so builds are repeatable.`;
  return [problem(stage.startLine, colon >= 0 ? 'warning' : 'info', message, 'hint', stage.endLine)];
}

function noCommand(stage: Stage): DockerfileProblem[] {
  if (stage.commands.some((c) => c.kind === 'CMD' || c.kind === 'ENTRYPOINT')) return [];
  return [
    problem(
      stage.startLine,
      'info',
      `No CMD or ENTRYPOINT: containers of this image run whatever ${stage.baseName} starts by default. Say what your app runs, e.g. CMD ["node", "index.js"].`,
      'hint',
      stage.endLine,
    ),
  ];
}

/** The hints for a parsed Dockerfile, in no particular order. */
export function teacherHints(parsed: ParsedStages): DockerfileProblem[] {
  const found: DockerfileProblem[] = [];
  const names = new Set<string>();
  for (const stage of parsed.stages) {
    found.push(...unpinnedBase(stage, names));
    if (stage.name !== '') names.add(stage.name);
    for (const c of stage.commands) found.push(...aptWithoutYes(c));
    found.push(...copyBeforeInstall(stage.commands));
  }
  const last = parsed.stages[parsed.stages.length - 1];
  if (last) found.push(...noCommand(last));
  return found;
}
