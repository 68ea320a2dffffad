/**
 * `ubuntu`: Canonical's minimized cloud image as one layer, ADDed by the classic
 * builder, with the release labels and `CMD ["/bin/bash"]`. Minimized means no
 * documentation or translations (`unminimize` brings them back). 24.04 adds the
 * `ubuntu` user (uid 1000). Real sizes (linux/amd64): 24.04 78.1MB, 22.04 77.9MB.
 */
import type { FileSpec, ImageSpec } from './spec.ts';
import { sha256Hex } from '../../util/digest.ts';
import { debFamilyRootfs } from './deb-family.ts';
import { debianGroup, debianPasswd } from './deb-etc.ts';
import { copyrightFiles, dpkgDatabase } from './deb-packages.ts';
import { blob, MB, text } from './files.ts';
import { nop, nopAdd } from './history.ts';

interface UbuntuRelease {
  version: string;
  point: string;
  codename: string;
  name: string;
  debianBase: string;
  created: string;
  tags: string[];
  ubuntuUser: boolean;
}

function osRelease(r: UbuntuRelease): string {
  return `PRETTY_NAME="Ubuntu ${r.point} LTS"
NAME="Ubuntu"
VERSION_ID="${r.version}"
VERSION="${r.point} LTS (${r.name})"
VERSION_CODENAME=${r.codename}
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=${r.codename}
${r.ubuntuUser ? 'LOGO=ubuntu-logo\n' : ''}`;
}

const ubuntuPackages =
  'adduser apt base-files base-passwd bash bsdutils coreutils dash debconf debianutils diffutils dpkg findutils gcc-14-base ' +
  'gpgv grep gzip hostname init-system-helpers libacl1 libapt-pkg6.0t64 libattr1 libaudit-common libaudit1 libblkid1 ' +
  'libbz2-1.0 libc-bin libc6 libcap-ng0 libcap2 libcrypt1 libdb5.3t64 libdebconfclient0 libffi8 libgcc-s1 libgcrypt20 ' +
  'libgmp10 libgnutls30t64 libgpg-error0 libhogweed6t64 libidn2-0 liblz4-1 liblzma5 libmd0 libmount1 libnettle8t64 ' +
  'libp11-kit0 libpam-modules libpam-modules-bin libpam-runtime libpam0g libpcre2-8-0 libproc2-0 libseccomp2 libselinux1 ' +
  'libsemanage-common libsemanage2 libsepol2 libsmartcols1 libsqlite3-0 libssl3t64 libstdc++6 libsystemd0 libtasn1-6 ' +
  'libtinfo6 libudev1 libunistring5 libuuid1 libxxhash0 libzstd1 login logsave mawk mount ncurses-base ncurses-bin passwd ' +
  'perl-base procps sed sensible-utils sysvinit-utils tar ubuntu-keyring unminimize util-linux zlib1g';

function ubuntuRootfs(r: UbuntuRelease): FileSpec[] {
  const passwd = r.ubuntuUser ? `${debianPasswd}ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n` : debianPasswd;
  const group = r.ubuntuUser ? `${debianGroup}ubuntu:x:1000:\n` : debianGroup;
  const extra: FileSpec[] = [
    // Ubuntu's base adds procps (ps, top) and OpenSSL, which Debian's leaves out.
    { path: '/usr/bin/ps', program: 'ps', size: 154_440 },
    { path: '/usr/bin/top', program: 'top', size: 137_032 },
    { path: '/usr/bin/kill', program: 'kill', size: 30_952 },
    { path: '/usr/bin/free', program: 'free', size: 30_952 },
    { path: '/usr/bin/pgrep', program: 'pgrep', size: 39_144 },
    { path: '/usr/bin/unminimize', mode: 0o755, content: '#!/bin/sh\n\nset -e\n\necho "This system has been minimized by removing packages and content that are"\necho "not required on a system that users do not log into."\necho\necho "To restore this content, including manpages, you can run the \'unminimize\'"\necho "command. You will still need to ensure the \'man-db\' package is installed."\n' },
    blob('/usr/lib/x86_64-linux-gnu/libcrypto.so.3', 5_270_328, 0o755),
    blob('/usr/lib/x86_64-linux-gnu/libssl.so.3', 687_112, 0o755),
    blob('/usr/lib/x86_64-linux-gnu/libsqlite3.so.0.8.6', 1_457_416, 0o755),
    blob('/usr/lib/x86_64-linux-gnu/libproc2.so.0.0.2', 112_000, 0o755),
    blob('/usr/lib/x86_64-linux-gnu/libgpgme.so.11', 400_000, 0o755),
    blob('/usr/share/keyrings/ubuntu-archive-keyring.gpg', 3_023),
    blob('/etc/apt/trusted.gpg.d/ubuntu-keyring-2018-archive.gpg', 1_125),
    text('/etc/apt/sources.list.d/ubuntu.sources', `Types: deb\nURIs: http://archive.ubuntu.com/ubuntu/\nSuites: ${r.codename} ${r.codename}-updates ${r.codename}-backports\nComponents: main universe restricted multiverse\nSigned-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\n\nTypes: deb\nURIs: http://security.ubuntu.com/ubuntu/\nSuites: ${r.codename}-security\nComponents: main universe restricted multiverse\nSigned-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\n`),
    text('/etc/dpkg/dpkg.cfg.d/excludes', '# Drop all man pages\npath-exclude=/usr/share/man/*\n\n# Drop all translations\npath-exclude=/usr/share/locale/*/LC_MESSAGES/*.mo\n\n# Drop all documentation ...\npath-exclude=/usr/share/doc/*\n\n# ... except copyright files ...\npath-include=/usr/share/doc/*/copyright\n'),
    blob('/usr/lib/udev/hwdb.bin', 0.9 * MB),
    ...dpkgDatabase(ubuntuPackages, 95_000),
    ...copyrightFiles(ubuntuPackages),
  ];
  if (r.ubuntuUser) extra.push({ path: '/home/ubuntu', type: 'dir', mode: 0o750, uid: 1000, gid: 1000 });
  return debFamilyRootfs({
    etc: { osRelease: osRelease(r), debianVersion: r.debianBase, issue: `Ubuntu ${r.point} LTS \\n \\l\n\n`, passwd, group },
    bashSize: 1_446_024,
    perlVersion: r.ubuntuUser ? '5.38.2' : '5.34.0',
    extra,
  });
}

function ubuntu(r: UbuntuRelease): ImageSpec {
  return {
    repository: 'library/ubuntu',
    tags: r.tags,
    created: r.created,
    config: {
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Cmd: ['/bin/bash'],
      Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': r.version },
    },
    steps: [
      nop('ARG RELEASE'),
      nop('ARG LAUNCHPAD_BUILD_ARCH'),
      nop('LABEL org.opencontainers.image.ref.name=ubuntu'),
      nop(`LABEL org.opencontainers.image.version=${r.version}`),
      // The real digest is of Canonical's tarball; this one is derived from the release, so it is stable.
      nopAdd(sha256Hex(`ubuntu-${r.point}-minimal-cloudimg-amd64-root.tar.gz`), ubuntuRootfs(r)),
      nop('CMD ["/bin/bash"]'),
    ],
  };
}

export const ubuntu2404: ImageSpec = ubuntu({
  version: '24.04', point: '24.04.1', codename: 'noble', name: 'Noble Numbat', debianBase: 'trixie/sid',
  created: '2024-10-11T03:57:34Z', tags: ['24.04', 'noble', 'latest', 'noble-20241011'], ubuntuUser: true,
});

export const ubuntu2204: ImageSpec = ubuntu({
  version: '22.04', point: '22.04.5', codename: 'jammy', name: 'Jammy Jellyfish', debianBase: 'bookworm/sid',
  created: '2024-09-11T16:39:38Z', tags: ['22.04', 'jammy', 'jammy-20240911'], ubuntuUser: false,
});
