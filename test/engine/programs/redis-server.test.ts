import { describe, expect, it } from 'vitest';
import { redisServer } from '../../../src/engine/programs/redis-server.ts';
import { redisLatest } from '../../../src/engine/registry/hub/redis.ts';
import { VirtualClock } from '../../../src/engine/util/clock.ts';
import { imageFs } from '../hub/image-tree.ts';
import { flush, runProgram, startTime } from './fake-context.ts';

describe('redis-server', () => {
  it('prints the start-up banner lines to stdout, ending with Ready to accept connections tcp', async () => {
    const run = runProgram(redisServer, { argv: ['redis-server'], fs: imageFs(redisLatest), cwd: '/data' });
    await flush();
    const lines = run.stdout().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^1:C 30 Nov 2026 10:04:05\.123 # WARNING Memory overcommit must be enabled!/);
    expect(lines.slice(1)).toEqual([
      '1:C 30 Nov 2026 10:04:05.123 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      '1:C 30 Nov 2026 10:04:05.123 * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:C 30 Nov 2026 10:04:05.123 # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
      '1:M 30 Nov 2026 10:04:05.123 * monotonic clock: POSIX clock_gettime',
      '1:M 30 Nov 2026 10:04:05.123 * Running mode=standalone, port=6379.',
      '1:M 30 Nov 2026 10:04:05.123 * Server initialized',
      '1:M 30 Nov 2026 10:04:05.123 * Ready to accept connections tcp',
    ]);
  });

  it('stays up while virtual time passes', async () => {
    const run = runProgram(redisServer, { argv: ['redis-server'], fs: imageFs(redisLatest), cwd: '/data' });
    await flush();
    run.clock.advance(86_400_000);
    await flush();
    expect(run.running()).toBe(true);
  });

  it('on SIGTERM saves the final snapshot to dump.rdb, says bye bye and exits 0', async () => {
    const fs = imageFs(redisLatest);
    const run = runProgram(redisServer, { argv: ['redis-server'], fs, cwd: '/data' });
    await flush();
    run.clock.advance(5_000);
    run.signal('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toContain(
      [
        '1:signal-handler (1796033050) Received SIGTERM scheduling shutdown...',
        '1:M 30 Nov 2026 10:04:10.123 * User requested shutdown...',
        '1:M 30 Nov 2026 10:04:10.123 * Saving the final RDB snapshot before exiting.',
        '1:M 30 Nov 2026 10:04:10.123 * DB saved on disk',
        '1:M 30 Nov 2026 10:04:10.123 # Redis is now ready to exit, bye bye...',
      ].join('\n'),
    );
    expect(new TextDecoder().decode(fs.readFile('/data/dump.rdb').subarray(0, 9))).toBe('REDIS0012');
  });

  it('loads the snapshot an earlier run left in /data', async () => {
    const clock = new VirtualClock(startTime);
    const fs = imageFs(redisLatest, clock);
    const first = runProgram(redisServer, { argv: ['redis-server'], fs, cwd: '/data', clock });
    await flush();
    first.signal('SIGTERM');
    await first.exited;
    clock.advance(42_000);
    const second = runProgram(redisServer, { argv: ['redis-server'], fs, cwd: '/data', clock });
    await flush();
    expect(second.stdout()).toContain('* Loading RDB produced by version 7.4.1\n');
    expect(second.stdout()).toContain('* RDB age 42 seconds\n');
    expect(second.stdout()).toContain('* DB loaded from disk: 0.000 seconds\n');
  });

  it('refuses a config file that does not exist', async () => {
    const run = runProgram(redisServer, { argv: ['redis-server', '/etc/redis.conf'], fs: imageFs(redisLatest), cwd: '/data' });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain("Fatal error, can't open config file '/etc/redis.conf': No such file or directory");
  });
});
