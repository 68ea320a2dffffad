/**
 * `npx dockyard serve` as a learner starts it: options parsed by main.ts, the usage
 * lines printed (with the real port when asked for port 0), the Engine API answering,
 * and a clean exit on Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/sim/node/main.ts';

const bin = fileURLToPath(new URL('../../bin/dockyard.js', import.meta.url));

describe('npx dockyard serve', () => {
  it('refuses a port that is not a number with exit status 2', async () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(['serve', '--port', 'http'])).toBe(2);
      expect(write).toHaveBeenCalledWith('dockyard: --port needs a port number, got "http"\n');
    } finally {
      write.mockRestore();
    }
  });

  it('prints the DOCKER_HOST to export, answers /_ping, and exits 0 on SIGINT', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--seed', '5'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk));
      await expect.poll(() => out, { timeout: 15_000 }).toContain('Press Ctrl-C to stop.');
      const host = /export DOCKER_HOST=tcp:\/\/(127\.0\.0\.1:\d+)/.exec(out)?.[1];
      expect(host).toBeDefined();
      expect(out).toContain('(seed 5)');
      const ping = await fetch(`http://${host}/_ping`);
      expect(await ping.text()).toBe('OK');
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
