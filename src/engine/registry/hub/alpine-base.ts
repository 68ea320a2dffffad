/**
 * Alpine's minirootfs: the single layer of `alpine:<version>`, also the base of the
 * alpine variants of nginx, node and registry. musl libc, BusyBox for the userland,
 * apk-tools with its OpenSSL and zlib, the CA bundle, and the /etc files of
 * alpine-baselayout. Executables are placeholders with the real packages' sizes.
 */
import type { FileSpec } from './spec.ts';
import { alpineAppletLinks } from './busybox-applets.ts';
import { bin, blob, dir, kB, link, text } from './files.ts';

export interface AlpineRelease {
  /** Full version, e.g. `3.20.3`. */
  version: string;
  /** Branch, e.g. `3.20`. */
  branch: string;
  /** OpenSSL's libcrypto grew between releases; it dominates the layer's size. */
  libcryptoSize: number;
  busyboxSize: number;
}

const passwd = `root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

const group = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
`;

const motd = `Welcome to Alpine!

The Alpine Wiki contains a large amount of how-to guides and general
information about administrating Alpine systems.
See <https://wiki.alpinelinux.org/>.

You can setup the system with the command: setup-alpine

You may change this message by editing /etc/motd.

`;

const profile = `export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

export PAGER=less
umask 022

# use nicer PS1 for bash and busybox ash
if [ -n "$BASH_VERSION" -o "$BB_ASH_VERSION" ]; then
	PS1='\\h:\\w\\$ '
# use nicer PS1 for zsh
elif [ -n "$ZSH_VERSION" ]; then
	PS1='%m:%~%# '
# set up fallback default PS1
else
	: "\${HOSTNAME:=$(hostname)}"
	PS1='\${HOSTNAME%%.*}:$PWD'
	[ "$(id -u)" -eq 0 ] && PS1="\${PS1}# " || PS1="\${PS1}\\$ "
fi

for script in /etc/profile.d/*.sh ; do
	if [ -r "$script" ] ; then
		. "$script"
	fi
done
unset script
`;

function osRelease(r: AlpineRelease): string {
  return `NAME="Alpine Linux"
ID=alpine
VERSION_ID=${r.version}
PRETTY_NAME="Alpine Linux v${r.branch}"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
`;
}

const skeleton = ['/dev', '/home', '/media', '/mnt', '/opt', '/proc', '/run', '/srv', '/sys', '/usr/local/bin', '/usr/local/lib', '/usr/local/share', '/var/cache', '/var/empty', '/var/lib', '/var/local', '/var/log', '/var/mail', '/var/opt', '/var/spool/cron/crontabs', '/etc/profile.d', '/etc/crontabs', '/etc/periodic/daily', '/lib/modules-load.d'];

/** Every file of the minirootfs of this release. */
export function alpineRootfs(r: AlpineRelease): FileSpec[] {
  return [
    ...skeleton.map((path) => dir(path)),
    dir('/root', 0o700),
    dir('/tmp', 0o1777),
    link('/var/run', '../run'),
    link('/var/tmp', '../tmp'),
    text('/etc/alpine-release', `${r.version}\n`),
    text('/usr/lib/os-release', osRelease(r)),
    link('/etc/os-release', '../usr/lib/os-release'),
    text('/etc/passwd', passwd),
    text('/etc/group', group),
    { path: '/etc/shadow', content: passwd.split('\n').filter(Boolean).map((l) => `${l.split(':')[0]}:${l.startsWith('root:') ? '*' : '!'}::0:::::`).join('\n') + '\n', mode: 0o640, gid: 42 },
    text('/etc/shells', '# valid login shells\n/bin/sh\n/bin/ash\n'),
    text('/etc/motd', motd),
    text('/etc/profile', profile),
    text('/etc/issue', `Welcome to Alpine Linux ${r.branch}\nKernel \\r on an \\m (\\l)\n\n`),
    text('/etc/fstab', '/dev/cdrom\t/media/cdrom\tiso9660\tnoauto,ro 0 0\n/dev/usbdisk\t/media/usb\tvfat\tnoauto,ro 0 0\n'),
    text('/etc/inittab', '# /etc/inittab\n\n::sysinit:/sbin/openrc sysinit\n::sysinit:/sbin/openrc boot\n::wait:/sbin/openrc default\n\n::ctrlaltdel:/sbin/reboot\n::shutdown:/sbin/openrc shutdown\n'),
    blob('/etc/services', 12_813),
    blob('/etc/protocols', 3_144),
    blob('/etc/ssl/openssl.cnf', 12_292),
    blob('/etc/ssl/certs/ca-certificates.crt', 219_342),
    link('/etc/ssl/cert.pem', 'certs/ca-certificates.crt'),
    text('/etc/apk/arch', 'x86_64\n'),
    text('/etc/apk/repositories', `https://dl-cdn.alpinelinux.org/alpine/v${r.branch}/main\nhttps://dl-cdn.alpinelinux.org/alpine/v${r.branch}/community\n`),
    text('/etc/apk/world', 'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nca-certificates-bundle\nlibc-utils\nlibssl3\nssl_client\nzlib\n'),
    blob('/etc/apk/keys/alpine-devel@lists.alpinelinux.org-6165ee59.rsa.pub', 800),
    blob('/etc/apk/keys/alpine-devel@lists.alpinelinux.org-61666e3f.rsa.pub', 800),
    blob('/lib/apk/db/installed', 27 * kB),
    blob('/lib/apk/db/scripts.tar', 14 * kB),
    // musl: the dynamic loader is the libc; `libc.musl-x86_64.so.1` is its soname link.
    blob('/lib/ld-musl-x86_64.so.1', 657_856, 0o755),
    link('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1'),
    blob('/lib/libz.so.1.3.1', 100_088, 0o755),
    link('/lib/libz.so.1', 'libz.so.1.3.1'),
    blob('/lib/libapk.so.2.14.0', 256_328, 0o755),
    blob('/usr/lib/libcrypto.so.3', r.libcryptoSize, 0o755),
    blob('/usr/lib/libssl.so.3', 661_480, 0o755),
    blob('/usr/lib/ossl-modules/legacy.so', 142_576, 0o755),
    blob('/usr/lib/engines-3/loader_attic.so', 67_936, 0o755),
    blob('/usr/lib/engines-3/afalg.so', 14_184, 0o755),
    blob('/usr/lib/engines-3/capi.so', 14_184, 0o755),
    blob('/usr/lib/engines-3/padlock.so', 14_184, 0o755),
    bin('/bin/busybox', 'busybox', r.busyboxSize),
    ...alpineAppletLinks(),
    bin('/sbin/apk', 'apk', 71_504),
    bin('/usr/bin/ssl_client', 'ssl_client', 14_248),
    bin('/usr/bin/scanelf', 'scanelf', 79_136),
    bin('/usr/bin/getconf', 'getconf', 35_384),
    bin('/usr/bin/getent', 'getent', 51_792),
    bin('/usr/bin/iconv', 'iconv', 23_280),
    { path: '/sbin/ldconfig', mode: 0o755, content: '#!/bin/sh\nscanelf -qS "$@" | while read SONAME FILE; do\n\tln -sf "$FILE" "/lib/$SONAME"\ndone\nexit 0\n' },
    blob('/usr/share/udhcpc/default.script', 3_297, 0o755),
    blob('/usr/share/apk/keys/x86_64/alpine-devel@lists.alpinelinux.org-4a6a0840.rsa.pub', 451),
    blob('/usr/share/apk/keys/x86_64/alpine-devel@lists.alpinelinux.org-5261cecb.rsa.pub', 451),
    blob('/usr/share/apk/keys/x86_64/alpine-devel@lists.alpinelinux.org-6165ee59.rsa.pub', 800),
  ];
}
