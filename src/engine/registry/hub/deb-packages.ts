/**
 * What dpkg knows about a Debian-family base image: the packages installed (for
 * /var/lib/dpkg/info and, in full images, /usr/share/doc) and the message catalogs
 * they translate (the /usr/share/locale that `-slim` images and Ubuntu's minimized
 * images strip). Catalog sizes are typical of the amd64 packages.
 */
import type { FileSpec } from './spec.ts';
import { blob, kB } from './files.ts';

export const bookwormPackages =
  'adduser apt base-files base-passwd bash bsdutils coreutils dash debconf debian-archive-keyring debianutils diffutils ' +
  'dpkg e2fsprogs findutils gcc-12-base gpgv grep gzip hostname init-system-helpers libacl1 libapt-pkg6.0 libattr1 ' +
  'libaudit-common libaudit1 libblkid1 libbz2-1.0 libc-bin libc6 libcap-ng0 libcap2 libcom-err2 libcrypt1 libdb5.3 ' +
  'libdebconfclient0 libext2fs2 libffi8 libgcc-s1 libgcrypt20 libgmp10 libgnutls30 libgpg-error0 libhogweed6 libidn2-0 ' +
  'liblz4-1 liblzma5 libmd0 libmount1 libnettle8 libp11-kit0 libpam-modules libpam-modules-bin libpam-runtime libpam0g ' +
  'libpcre2-8-0 libseccomp2 libselinux1 libsemanage-common libsemanage2 libsepol2 libsmartcols1 libss2 libstdc++6 ' +
  'libsystemd0 libtasn1-6 libtinfo6 libudev1 libunistring2 libuuid1 libxxhash0 libzstd1 login logsave mawk mount ' +
  'ncurses-base ncurses-bin passwd perl-base sed sysvinit-utils tar tzdata usr-is-merged util-linux util-linux-extra zlib1g';

const templates: Record<string, number> = {
  tzdata: 1_260_000, libc6: 210_000, 'libpam0g': 95_000, debconf: 120_000, dash: 60_000, 'libpam-runtime': 110_000, adduser: 70_000,
};

/** dpkg's database: status, and a file list and checksums per package. */
export function dpkgDatabase(packages: string, statusSize: number): FileSpec[] {
  return [
    blob('/var/lib/dpkg/status', statusSize),
    blob('/var/lib/dpkg/available', 0),
    blob('/var/lib/dpkg/diversions', 300),
    ...packages.split(' ').flatMap((pkg) => [blob(`/var/lib/dpkg/info/${pkg}.list`, 6 * kB), blob(`/var/lib/dpkg/info/${pkg}.md5sums`, 8 * kB)]),
    // debconf templates carry every translation of every question: tzdata's alone is over a megabyte.
    ...Object.entries(templates).filter(([pkg]) => packages.split(' ').includes(pkg)).map(([pkg, size]) => blob(`/var/lib/dpkg/info/${pkg}.templates`, size)),
    blob('/var/cache/debconf/templates.dat-old', 1_000_000),
  ];
}

/** /usr/share/doc/<pkg>/copyright: kept even by slim and minimized images (licences require it). */
export function copyrightFiles(packages: string): FileSpec[] {
  return packages.split(' ').map((pkg) => blob(`/usr/share/doc/${pkg}/copyright`, 9 * kB));
}

/** The rest of /usr/share/doc/<pkg>, which only full images keep: changelogs, READMEs. */
export function packageDocs(packages: string): FileSpec[] {
  return packages.split(' ').flatMap((pkg) => [blob(`/usr/share/doc/${pkg}/changelog.Debian.gz`, 22 * kB), blob(`/usr/share/doc/${pkg}/NEWS.Debian.gz`, 4 * kB)]);
}

const languages = 'af ast be bg ca cs da de el eo es et eu fi fr ga gl hr hu ia id it ja ka ko lt nb nl pl pt pt_BR ro ru sk sl sr sv tr uk vi zh_CN zh_TW'.split(' ');

/** Text domains of the base packages with their typical catalog size per language. */
const catalogs: Record<string, number> = {
  coreutils: 210 * kB, libc: 110 * kB, dpkg: 80 * kB, apt: 65 * kB, 'util-linux': 160 * kB, e2fsprogs: 80 * kB,
  tar: 40 * kB, grep: 10 * kB, sed: 8 * kB, findutils: 30 * kB, diffutils: 22 * kB, bash: 45 * kB, shadow: 35 * kB, debconf: 8 * kB,
};

/** /usr/share/locale/<lang>/LC_MESSAGES/<domain>.mo for every language and base package. */
export function messageCatalogs(): FileSpec[] {
  return languages.flatMap((lang) => Object.entries(catalogs).map(([domain, size]) => blob(`/usr/share/locale/${lang}/LC_MESSAGES/${domain}.mo`, size)));
}

/** Manual pages of the base commands, gzipped, as full images keep them. */
export function manPages(commands: string[]): FileSpec[] {
  return commands.map((name) => blob(`/usr/share/man/man1/${name}.1.gz`, 3 * kB));
}
