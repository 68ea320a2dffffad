/**
 * `npx dockyard` in Node: the interactive host shell, `script FILE` (headless
 * transcript), and `parse FILE` (the Dockerfile parser). Node-only: imported by
 * bin/dockyard.js, never by the web app.
 */
import { readFile } from 'node:fs/promises';
import { runScript } from '../host/transcript.ts';
import { parseCommand } from '../tools/dockerfile-parse.ts';
import { interactive } from './repl.ts';
import { serveCommand } from './serve/serve-command.ts';

const usage = `Usage: dockyard [COMMAND]

Learn Docker with a simulated engine: the docker CLI, a host shell, a daemon, a registry.

Commands:
  (none)               Open an interactive shell with the docker CLI
  script FILE          Run a file of commands headless and print a transcript
  parse FILE [--json]  Parse a Dockerfile with Dockyard's parser
  serve                Serve the Engine API for the real docker CLI (and the web app)

Serve options:
  --host ADDR          Address to listen on (default 127.0.0.1)
  --port N             TCP port (default 2375)
  --socket PATH        Listen on a Unix socket instead of TCP
  --verbose            Log every request to stderr

Options:
  --seed N             Seed for IDs, names and ports (default 1)
  -h, --help           Show this help
`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const valueOptions = ['--seed', '--host', '--port', '--socket'];

function positional(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (valueOptions.includes(args[i])) i++;
    else if (!args[i].startsWith('-')) out.push(args[i]);
  }
  return out;
}

export async function main(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(usage);
    return 0;
  }
  const seedText = option(args, '--seed');
  const seed = seedText === undefined ? 1 : Number(seedText);
  if (!Number.isInteger(seed)) {
    process.stderr.write(`dockyard: --seed needs an integer, got "${seedText}"\n`);
    return 2;
  }
  const [command, file] = positional(args);
  if (command === undefined) return interactive({ seed });
  if (command === 'script' || command === 'parse') {
    if (!file) {
      process.stderr.write(`dockyard: ${command} needs a FILE\n\n${usage}`);
      return 2;
    }
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      process.stderr.write(`dockyard: cannot read ${file}: ${(error as Error).message}\n`);
      return 1;
    }
    if (command === 'script') {
      process.stdout.write(await runScript(text, { seed }));
      return 0;
    }
    const result = parseCommand(text, { json: args.includes('--json') });
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    return result.exitCode;
  }
  if (command === 'serve') return serve(args, seed);
  process.stderr.write(`dockyard: unknown command "${command}"\n\n${usage}`);
  return 2;
}

function serve(args: string[], seed: number): Promise<number> | number {
  const portText = option(args, '--port') ?? '2375';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`dockyard: --port needs a port number, got "${portText}"\n`);
    return 2;
  }
  const host = option(args, '--host') ?? '127.0.0.1';
  const socket = option(args, '--socket');
  if (args.includes('--socket') && !socket) {
    process.stderr.write('dockyard: --socket needs a PATH\n');
    return 2;
  }
  return serveCommand({ host, port, socket, seed, verbose: args.includes('--verbose') });
}
