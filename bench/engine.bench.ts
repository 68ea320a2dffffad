/**
 * `npm run bench`: how fast the engine answers, in real milliseconds.
 * 1. Every command of the golden scripts, grouped by docker subcommand: median and p95.
 * 2. `docker ps -a` with 1,000 containers.
 * 3. Memory in use after both.
 * A benchmark prints figures; it never fails on them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HostSession } from '../src/sim/host/session.ts';
import { splitCommands } from '../src/sim/host/transcript.ts';
import { elapse, settle } from '../src/sim/settle.ts';

const discard = { write: () => undefined };
const goldenDir = join(import.meta.dirname, '../test/golden');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function commandName(line: string): string {
  const words = line.trim().split(/\s+/);
  if (words[0] !== 'docker') return words[0];
  const sub = words.slice(1).find((w) => !w.startsWith('-')) ?? '';
  return ['image', 'container', 'network', 'volume', 'system'].includes(sub) ? `docker ${sub} ${words[words.indexOf(sub) + 1] ?? ''}`.trim() : `docker ${sub}`;
}

async function timeGoldenScripts(): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>();
  for (const file of readdirSync(goldenDir).filter((f) => f.endsWith('.sh'))) {
    const session = new HostSession({ seed: 1, output: { stdout: discard, stderr: discard } });
    const script = readFileSync(join(goldenDir, file), 'utf8');
    for (const command of splitCommands(script, (t) => session.shell.needsMoreInput(t))) {
      if (command.trimStart().startsWith('#')) continue;
      const start = performance.now();
      const result = await settle(session.clock, session.run(command), 600_000);
      if (!result.done) session.interrupt();
      const ms = performance.now() - start;
      const name = commandName(command);
      times.set(name, [...(times.get(name) ?? []), ms]);
      await elapse(session.clock, 2000);
    }
  }
  return times;
}

async function timeManyContainers(count: number): Promise<{ create: number; ps: number; lines: number }> {
  let out = '';
  const session = new HostSession({ seed: 1, output: { stdout: { write: (s) => (out += String(s)) }, stderr: discard } });
  await settle(session.clock, session.run('docker pull alpine'));
  const api = session.daemon.api;
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    await api.handle({ method: 'POST', path: '/v1.50/containers/create', query: { name: `c${i}` }, body: { Image: 'alpine', Cmd: ['true'] } });
  }
  const create = performance.now() - start;
  out = '';
  const psStart = performance.now();
  await settle(session.clock, session.run('docker ps -a'));
  return { create, ps: performance.now() - psStart, lines: out.split('\n').length - 2 };
}

const format = (ms: number) => `${ms.toFixed(1)} ms`.padStart(10);

const times = await timeGoldenScripts();
console.log('Engine time per command over the golden scripts (real ms, including the CLI):\n');
console.log(`${'command'.padEnd(28)}${'runs'.padStart(6)}${'median'.padStart(10)}${'p95'.padStart(10)}`);
const all: number[] = [];
for (const [name, list] of [...times].sort((a, b) => a[0].localeCompare(b[0]))) {
  const sorted = [...list].sort((a, b) => a - b);
  all.push(...sorted);
  console.log(`${name.padEnd(28)}${String(list.length).padStart(6)}${format(percentile(sorted, 50))}${format(percentile(sorted, 95))}`);
}
all.sort((a, b) => a - b);
console.log(`${'all commands'.padEnd(28)}${String(all.length).padStart(6)}${format(percentile(all, 50))}${format(percentile(all, 95))}`);

const many = await timeManyContainers(1000);
console.log(`\n1,000 containers: created in ${many.create.toFixed(0)} ms; \`docker ps -a\` listed ${many.lines} rows in ${many.ps.toFixed(1)} ms`);
const mem = process.memoryUsage();
console.log(`Memory: heap used ${(mem.heapUsed / 1e6).toFixed(1)} MB, RSS ${(mem.rss / 1e6).toFixed(1)} MB`);
