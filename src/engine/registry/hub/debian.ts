/**
 * `debian:bookworm` and `debian:bookworm-slim`: one layer each, the rootfs tarball that
 * debuerreotype builds from the archive snapshot of the release date, ADDed by BuildKit,
 * then `CMD ["bash"]`. The slim
 * variant leaves out documentation, manual pages and translations; it is the base of
 * nginx, httpd, redis and postgres. The full one is the base of buildpack-deps, hence
 * of node and python. Real sizes (linux/amd64): bookworm 117MB, bookworm-slim 74.8MB.
 */
import type { FileSpec, ImageSpec } from './spec.ts';
import { coreutilsFiles } from './coreutils.ts';
import { debFamilyRootfs } from './deb-family.ts';
import { debianGroup, debianPasswd } from './deb-etc.ts';
import { bookwormPackages, copyrightFiles, dpkgDatabase, manPages, messageCatalogs, packageDocs } from './deb-packages.ts';
import { bin, blob, text } from './files.ts';
import { copy, meta } from './history.ts';
import { zoneinfo } from './deb-libs.ts';

const osRelease = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

const sources = `Types: deb
# http://snapshot.debian.org/archive/debian/20241111T000000Z
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
# http://snapshot.debian.org/archive/debian-security/20241111T000000Z
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
`;

/** What Debian has beyond the Debian-family core: e2fsprogs, its keyring and sources. */
const bookwormExtra: FileSpec[] = [
  bin('/usr/sbin/e2fsck', 'e2fsck', 355_440),
  bin('/usr/sbin/mke2fs', 'mke2fs', 141_384),
  bin('/usr/sbin/debugfs', 'debugfs', 239_344),
  bin('/usr/sbin/tune2fs', 'tune2fs', 116_512),
  text('/etc/apt/sources.list.d/debian.sources', sources),
  blob('/usr/share/keyrings/debian-archive-keyring.gpg', 27_977),
  blob('/etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc', 4_936),
  blob('/etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc', 4_936),
  blob('/etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc', 2_620),
  ...dpkgDatabase(bookwormPackages, 76_000),
  ...copyrightFiles(bookwormPackages),
  ...zoneinfo(),
];

function bookwormRootfs(full: boolean): FileSpec[] {
  const base = debFamilyRootfs({
    etc: { osRelease, debianVersion: '12.8', issue: 'Debian GNU/Linux 12 \\n \\l\n\n', passwd: debianPasswd, group: debianGroup },
    bashSize: 1_265_648,
    perlVersion: '5.36.0',
    extra: bookwormExtra,
  });
  if (!full) return base;
  const commands = coreutilsFiles().map((f) => f.path.slice('/usr/bin/'.length));
  return [...base, ...packageDocs(bookwormPackages), ...messageCatalogs(), ...manPages(['bash', 'dash', 'apt', 'apt-get', 'dpkg', ...commands])];
}

const config = { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['bash'] };
const created = '2024-11-11T00:00:00Z';

export const debianBookworm: ImageSpec = {
  repository: 'library/debian',
  tags: ['bookworm', '12', '12.8', 'bookworm-20241111', 'latest'],
  created,
  config,
  steps: [copy('ADD rootfs.tar.xz /', bookwormRootfs(true)), meta('CMD ["bash"]')],
};

export const debianBookwormSlim: ImageSpec = {
  repository: 'library/debian',
  tags: ['bookworm-slim', '12-slim', '12.8-slim', 'bookworm-20241111-slim'],
  created,
  config,
  steps: [copy('ADD rootfs.tar.xz /', bookwormRootfs(false)), meta('CMD ["bash"]')],
};
