/**
 * The learner's machine: a small Linux-like host filesystem with a user `learner`,
 * the usual commands on PATH (placeholders run by the same userland as containers, plus
 * the `docker` client), and the sample app in the home directory.
 */
import { MemFs } from '../../engine/fs/memfs.ts';
import { placeholderBinary } from '../../engine/process/types.ts';
import { userlandPrograms } from '../../engine/shell/userland.ts';
import type { Clock } from '../../engine/util/clock.ts';
import { sampleApp } from './sample-app.ts';

export const hostUser = { name: 'learner', uid: 1000, gid: 1000, home: '/home/learner', hostname: 'dockyard' };

/** Every userland program the simulator can run, plus the docker client, is a file in /usr/bin. */
export function hostCommands(): string[] {
  const skip = new Set(['busybox', 'coreutils', 'sh', 'ash', 'bash', 'dash']);
  return [...Object.keys(userlandPrograms()).filter((name) => !skip.has(name)), 'docker'].sort();
}

export function createHostFs(clock: Clock): MemFs {
  const fs = new MemFs({ clock });
  for (const dir of ['/bin', '/usr/bin', '/etc', '/tmp', '/home', '/root']) fs.mkdir(dir, { recursive: true });
  fs.chmod('/tmp', 0o777);
  fs.writeFile('/bin/sh', placeholderBinary('bash'), { mode: 0o755, declaredSize: 1_265_648 });
  fs.writeFile('/bin/bash', placeholderBinary('bash'), { mode: 0o755, declaredSize: 1_265_648 });
  for (const name of hostCommands()) fs.writeFile(`/usr/bin/${name}`, placeholderBinary(name), { mode: 0o755, declaredSize: 142_144 });
  fs.writeFile('/etc/hostname', `${hostUser.hostname}\n`);
  fs.writeFile(
    '/etc/passwd',
    `root:x:0:0:root:/root:/bin/bash\n${hostUser.name}:x:${hostUser.uid}:${hostUser.gid}:Learner:${hostUser.home}:/bin/bash\n`,
  );
  fs.writeFile('/etc/group', `root:x:0:\ndocker:x:999:${hostUser.name}\n${hostUser.name}:x:${hostUser.gid}:\n`);
  fs.mkdir(hostUser.home, { recursive: true, uid: hostUser.uid, gid: hostUser.gid });
  for (const [name, content] of Object.entries(sampleApp)) {
    fs.writeFile(`${hostUser.home}/${name}`, content, { uid: hostUser.uid, gid: hostUser.gid });
  }
  return fs;
}
