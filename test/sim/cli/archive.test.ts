import { describe, expect, it } from 'vitest';
import { runScript } from '../../../src/sim/host/transcript.ts';
import { HostSession } from '../../../src/sim/host/session.ts';
import { settle } from '../../../src/sim/settle.ts';
import { readTar } from '../../../src/engine/layer/tar.ts';
import { session } from './fake-daemon.ts';

/** A terminal session (isTTY) whose output is captured command by command. */
function terminal() {
  let out = '';
  const sink = { write: (d: string | Uint8Array) => (out += typeof d === 'string' ? d : new TextDecoder().decode(d)) };
  const session = new HostSession({ seed: 1, isTTY: true, output: { stdout: sink, stderr: sink } });
  return {
    session,
    async run(command: string) {
      out = '';
      const result = await settle(session.clock, session.run(command), 600_000);
      return { code: result.done ? result.value : -1, out };
    },
  };
}

describe('docker cp', () => {
  it('copies a file out of a container into the current directory, quietly without a terminal', async () => {
    const t = await runScript('docker run -d --name web alpine sleep 1000\ndocker cp web:/etc/hostname .\ncat hostname\n');
    expect(t).toMatch(/\$ docker cp web:\/etc\/hostname \.\n\$ cat hostname\n[0-9a-f]{12}\n/);
  });

  it('on a terminal ends with Successfully copied <tar size> to <absolute destination>', async () => {
    const t = terminal();
    await t.run('docker run -d --name web alpine sleep 1000');
    const r = await t.run('docker cp web:/etc/hostname .');
    expect(r).toEqual({ code: 0, out: 'Successfully copied 2.05kB to /home/learner/.\n' });
  });

  it('copies a host file into a container directory and a container directory to a new host name', async () => {
    const t = await runScript(
      ['docker run -d --name web alpine sleep 1000', 'echo hello > file.txt', 'docker cp ./file.txt web:/tmp/', 'docker exec web cat /tmp/file.txt', 'docker cp web:/tmp ./out', 'cat out/file.txt'].join('\n'),
    );
    expect(t).toContain('$ docker exec web cat /tmp/file.txt\nhello\n');
    expect(t).toContain('$ cat out/file.txt\nhello\n');
  });

  it('reports a missing container path as the daemon does, and refuses two local paths', async () => {
    const t = await runScript('docker run -d --name web alpine sleep 1000\ndocker cp web:/nope .\ndocker cp a b\n');
    expect(t).toContain('$ docker cp web:/nope .\nError response from daemon: Could not find the file /nope in container web\n[exit 1]\n');
    expect(t).toContain('$ docker cp a b\nmust specify at least one container source\n[exit 1]\n');
  });
});

describe('docker save and load', () => {
  it('save -o writes the archive silently; rmi then load -i brings the same image back', async () => {
    const t = await runScript(['docker pull -q alpine', 'docker images -q alpine', 'docker save -o alpine.tar alpine', 'docker rmi -f alpine', 'docker load -i alpine.tar', 'docker images -q alpine'].join('\n'));
    const ids = [...t.matchAll(/\$ docker images -q alpine\n([0-9a-f]{12})\n/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
    expect(t).toContain('$ docker save -o alpine.tar alpine\n$ docker rmi');
    expect(t).toContain('$ docker load -i alpine.tar\nLoaded image: alpine:latest\n');
  });

  it('save to redirected stdout and load from stdin work too; the file is a real tar', async () => {
    const t = terminal();
    await t.run('docker pull -q alpine');
    expect((await t.run('docker save alpine > x.tar')).code).toBe(0);
    const entries = readTar(t.session.fs.readFile('/home/learner/x.tar'));
    expect(entries.map((e) => e.path)).toContain('manifest.json');
    expect(await t.run('docker load < x.tar')).toEqual({ code: 0, out: 'Loaded image: alpine:latest\n' });
  });

  it('refuses to write an archive to a terminal, before asking the daemon', async () => {
    const s = session([], { isTTY: true });
    expect(await s.run('save', 'alpine')).toEqual({ code: 1, stdout: '', stderr: 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n' });
    expect(await s.run('export', 'web')).toEqual({ code: 1, stdout: '', stderr: 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n' });
    expect(s.daemon.calls()).toEqual([]);
  });

  it('load names a missing input file as os.Open does', async () => {
    const t = terminal();
    expect(await t.run('docker load -i missing.tar')).toEqual({ code: 1, out: 'open missing.tar: no such file or directory\n' });
  });
});

describe('docker export and import', () => {
  it('export -o then import gives an image whose containers see the container files', async () => {
    const t = await runScript(
      ['docker run -d --name web alpine sh -c "echo kept > /root/mine; sleep 1000"', 'docker export -o fs.tar web', 'docker import fs.tar myimage:1', 'docker run --rm myimage:1 cat /root/mine', 'docker history --format "{{.Comment}}" myimage:1'].join('\n'),
    );
    expect(t).toMatch(/\$ docker import fs.tar myimage:1\nsha256:[0-9a-f]{64}\n/);
    expect(t).toContain('$ docker run --rm myimage:1 cat /root/mine\nkept\n');
    expect(t).toContain('Imported from -\n');
  });
});
