/**
 * GNU coreutils as Debian and Ubuntu install it: one executable per command in
 * /usr/bin, each a placeholder for the program of the same name. Sizes are those of
 * the amd64 build (most commands are 40–70 kB; the few large ones are listed).
 */
import type { FileSpec } from './spec.ts';
import { bin } from './files.ts';

const commands =
  '[ arch b2sum base32 base64 basename basenc cat chcon chgrp chmod chown cksum comm cp csplit cut date dd df dir ' +
  'dircolors dirname du echo env expand expr factor false fmt fold groups head hostid id install join link ln logname ' +
  'ls md5sum mkdir mkfifo mknod mktemp mv nice nl nohup nproc numfmt od paste pathchk pinky pr printenv printf ptx pwd ' +
  'readlink realpath rm rmdir runcon seq sha1sum sha224sum sha256sum sha384sum sha512sum shred shuf sleep sort split ' +
  'stat stdbuf stty sum sync tac tail tee test timeout touch tr true truncate tsort tty uname unexpand uniq unlink ' +
  'users vdir wc who whoami yes';

const sizes: Record<string, number> = {
  ls: 138_208, dir: 138_208, vdir: 138_208, cp: 141_824, mv: 137_728, sort: 121_184, ptx: 104_032,
  date: 104_032, dd: 76_000, df: 84_160, du: 96_480, install: 158_240, od: 72_064, pr: 76_160,
  stat: 84_160, tail: 72_032, tr: 51_744, split: 56_256, factor: 72_000, b2sum: 59_104, cksum: 100_896,
  numfmt: 68_064, csplit: 105_728, shred: 56_256, ln: 72_032, rm: 68_064, mkdir: 76_192, chmod: 64_448,
  chown: 72_064, chgrp: 68_064, touch: 92_224, expr: 47_360, cat: 35_280, echo: 35_208, true: 27_472, false: 27_472,
};

/** The coreutils commands, each with its size. */
export function coreutilsFiles(): FileSpec[] {
  return commands.split(' ').map((name) => bin(`/usr/bin/${name}`, name, sizes[name] ?? 56_320));
}
