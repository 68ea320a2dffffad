/**
 * `busybox`: the glibc build (the variant `latest` points at), built from a tarball of
 * the statically configured busybox plus the few glibc libraries it needs; no package
 * manager. Real size: 4.27MB (1.37.0-glibc, linux/amd64).
 */
import type { FileSpec, ImageSpec } from './spec.ts';
import { flatAppletLinks } from './busybox-applets.ts';
import { bin, blob, dir, link, text } from './files.ts';

const rootfs: FileSpec[] = [
  bin('/bin/busybox', 'busybox', 1_143_720),
  ...flatAppletLinks(),
  dir('/root', 0o700),
  dir('/tmp', 0o1777),
  dir('/home'),
  dir('/var/spool/mail'),
  dir('/var/www'),
  dir('/usr/sbin'),
  text('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n'),
  text('/etc/group', 'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmail:x:8:\nkmem:x:9:\nwheel:x:10:root\ncdrom:x:11:\ndialout:x:18:\nfloppy:x:19:\nvideo:x:28:\naudio:x:29:\ntape:x:32:\nwww-data:x:33:\noperator:x:37:\nutmp:x:43:\nplugdev:x:46:\nstaff:x:50:\nlock:x:54:\nnetdev:x:82:\nusers:x:100:\nnogroup:x:65534:\n'),
  { path: '/etc/shadow', content: 'root:*:10933:0:99999:7:::\ndaemon:*:10933:0:99999:7:::\nbin:*:10933:0:99999:7:::\nsys:*:10933:0:99999:7:::\nsync:*:10933:0:99999:7:::\nmail:*:10933:0:99999:7:::\nwww-data:*:10933:0:99999:7:::\noperator:*:10933:0:99999:7:::\nnobody:*:10933:0:99999:7:::\n', mode: 0o600 },
  text('/etc/nsswitch.conf', 'hosts:    files dns\nnetworks: files\n'),
  // glibc: busybox's name-service lookups (ping, nslookup) still load these at run time.
  blob('/lib/libc.so.6', 2_125_328, 0o755),
  blob('/lib/libm.so.6', 907_784, 0o755),
  blob('/lib/libresolv.so.2', 68_104, 0o755),
  blob('/lib/libnss_files.so.2', 14_224, 0o755),
  blob('/lib/libnss_dns.so.2', 14_224, 0o755),
  blob('/lib64/ld-linux-x86-64.so.2', 210_968, 0o755),
  link('/lib/ld-linux-x86-64.so.2', '../lib64/ld-linux-x86-64.so.2'),
];

export const busybox: ImageSpec = {
  repository: 'library/busybox',
  tags: ['latest', '1.37.0', '1.37', '1', 'stable', '1.37.0-glibc'],
  created: '2024-09-26T21:31:42Z',
  config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['sh'] },
  // The image is assembled outside a Dockerfile, so its history is this single entry.
  steps: [{ createdBy: 'BusyBox 1.37.0 (glibc), Debian 12', files: rootfs }],
};
