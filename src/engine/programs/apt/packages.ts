/**
 * A small simulated Debian 12 (bookworm) archive for apt-get: real package names,
 * versions, architectures, download sizes and the dependency tree of the packages
 * Dockerfiles install most (curl and its libraries, wget, git, ca-certificates,
 * python3, vim, procps, iputils-ping…), each with its main files at their real sizes.
 * Base-system packages they depend on are already in the images, so they are
 * dependencies only by name.
 */
import type { PackageFile } from '../package-files.ts';

export interface DebPackage {
  name: string;
  version: string;
  arch: 'amd64' | 'all';
  /** Download size of the .deb in bytes. */
  size: number;
  depends: string[];
  files: PackageFile[];
  /** The pool the security archive serves it from (updated packages). */
  security?: boolean;
  /** Installed too unless --no-install-recommends. */
  recommends?: string[];
}

const d = (name: string, version: string, arch: 'amd64' | 'all', size: number, depends: string[], files: PackageFile[], security = false): DebPackage => ({ name, version, arch, size, depends, files, security });
const lib = (file: string, size: number): PackageFile => [`/usr/lib/x86_64-linux-gnu/${file}`, size];
const bin = (name: string, size: number, program = name): PackageFile => [`/usr/bin/${name}`, size, program];
const doc = (pkg: string): PackageFile => [`/usr/share/doc/${pkg}/copyright`, 9_000];

const recommends: Record<string, string[]> = {
  curl: ['ca-certificates'], wget: ['ca-certificates'], git: ['ca-certificates', 'less', 'openssh-client', 'patch'], 'libkrb5-3': ['krb5-locales'],
  'libldap-2.5-0': ['libldap-common'], 'libsasl2-2': ['libsasl2-modules'], python3: ['ca-certificates'], 'libpython3.11-stdlib': ['ca-certificates'],
};

export const debIndex: DebPackage[] = [
  d('libssl3', '3.0.15-1~deb12u1', 'amd64', 2_025_000, [], [lib('libssl.so.3', 692_000), lib('libcrypto.so.3', 4_709_000), doc('libssl3')], true),
  d('openssl', '3.0.15-1~deb12u1', 'amd64', 1_427_000, ['libssl3'], [bin('openssl', 1_000_000), ['/usr/lib/ssl/openssl.cnf', 12_292], doc('openssl')], true),
  d('ca-certificates', '20230311', 'all', 153_000, ['openssl'], [['/usr/sbin/update-ca-certificates', 5_500, 'update-ca-certificates'], ['/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt', 1_939], ['/etc/ssl/certs/ca-certificates.crt', 221_000], ['/usr/share/ca-certificates/mozilla/DigiCert_Global_Root_G2.crt', 150_000], doc('ca-certificates')]),
  d('krb5-locales', '1.20.1-2+deb12u2', 'all', 63_100, [], [['/usr/share/locale/de/LC_MESSAGES/mit-krb5.mo', 160_000], doc('krb5-locales')]),
  d('libkrb5support0', '1.20.1-2+deb12u2', 'amd64', 32_800, [], [lib('libkrb5support.so.0.1', 55_000), doc('libkrb5support0')]),
  d('libk5crypto3', '1.20.1-2+deb12u2', 'amd64', 79_800, ['libkrb5support0'], [lib('libk5crypto.so.3.1', 190_000), doc('libk5crypto3')]),
  d('libkeyutils1', '1.6.3-2', 'amd64', 8_808, [], [lib('libkeyutils.so.1.10', 22_000), doc('libkeyutils1')]),
  d('libkrb5-3', '1.20.1-2+deb12u2', 'amd64', 332_000, ['libk5crypto3', 'libkeyutils1', 'libkrb5support0', 'libssl3'], [lib('libkrb5.so.3.3', 880_000), doc('libkrb5-3')]),
  d('libgssapi-krb5-2', '1.20.1-2+deb12u2', 'amd64', 135_000, ['libk5crypto3', 'libkrb5-3', 'libkrb5support0'], [lib('libgssapi_krb5.so.2.2', 340_000), doc('libgssapi-krb5-2')]),
  d('libbrotli1', '1.0.9-2+b6', 'amd64', 275_000, [], [lib('libbrotlicommon.so.1.0.9', 137_000), lib('libbrotlidec.so.1.0.9', 54_000), lib('libbrotlienc.so.1.0.9', 595_000), doc('libbrotli1')]),
  d('libsasl2-modules-db', '2.1.28+dfsg-10', 'amd64', 20_300, [], [lib('sasl2/libsasldb.so.2.0.25', 31_000), doc('libsasl2-modules-db')]),
  d('libsasl2-2', '2.1.28+dfsg-10', 'amd64', 59_700, ['libsasl2-modules-db'], [lib('libsasl2.so.2.0.25', 120_000), doc('libsasl2-2')]),
  d('libldap-2.5-0', '2.5.13+dfsg-5', 'amd64', 183_000, ['libsasl2-2'], [lib('libldap-2.5.so.0.1.8', 380_000), lib('liblber-2.5.so.0.1.8', 60_000), doc('libldap-2.5-0')]),
  d('libnghttp2-14', '1.52.0-1+deb12u2', 'amd64', 72_300, [], [lib('libnghttp2.so.14.24.1', 180_000), doc('libnghttp2-14')], true),
  d('publicsuffix', '20230209.2326-1', 'all', 126_000, [], [['/usr/share/publicsuffix/public_suffix_list.dat', 240_000], ['/usr/share/publicsuffix/public_suffix_list.dafsa', 60_000], doc('publicsuffix')]),
  d('libpsl5', '0.21.2-1', 'amd64', 58_700, ['publicsuffix'], [lib('libpsl.so.5.3.4', 85_000), doc('libpsl5')]),
  d('librtmp1', '2.4+20151223.gitfa8646d.1-2+b2', 'amd64', 60_800, [], [lib('librtmp.so.1', 140_000), doc('librtmp1')]),
  d('libssh2-1', '1.10.0-3+b1', 'amd64', 179_000, ['libssl3'], [lib('libssh2.so.1.0.1', 280_000), doc('libssh2-1')]),
  d('libcurl4', '7.88.1-10+deb12u8', 'amd64', 391_000, ['libbrotli1', 'libgssapi-krb5-2', 'libldap-2.5-0', 'libnghttp2-14', 'libpsl5', 'librtmp1', 'libssh2-1', 'libssl3'], [lib('libcurl.so.4.8.0', 750_000), doc('libcurl4')], true),
  d('curl', '7.88.1-10+deb12u8', 'amd64', 315_000, ['libcurl4'], [bin('curl', 285_000), doc('curl')], true),
  d('wget', '1.21.3-1+b2', 'amd64', 984_000, ['libpsl5'], [bin('wget', 530_000), ['/etc/wgetrc', 4_942], ['/usr/share/locale/de/LC_MESSAGES/wget.mo', 2_900_000], doc('wget')]),
  d('libcurl3-gnutls', '7.88.1-10+deb12u8', 'amd64', 385_000, ['libbrotli1', 'libgssapi-krb5-2', 'libldap-2.5-0', 'libnghttp2-14', 'libpsl5', 'librtmp1', 'libssh2-1'], [lib('libcurl-gnutls.so.4.8.0', 740_000), doc('libcurl3-gnutls')], true),
  d('libexpat1', '2.5.0-1+deb12u1', 'amd64', 98_900, [], [lib('libexpat.so.1.8.10', 190_000), doc('libexpat1')]),
  d('liberror-perl', '0.17029-2', 'all', 29_000, ['perl'], [['/usr/share/perl5/Error.pm', 53_000], doc('liberror-perl')]),
  d('perl-modules-5.36', '5.36.0-7+deb12u1', 'all', 2_815_000, [], [['/usr/share/perl/5.36.0/CPAN.pm', 145_000], ['/usr/share/perl/5.36.0/unicore/Name.pl', 17_300_000], doc('perl-modules-5.36')]),
  d('libperl5.36', '5.36.0-7+deb12u1', 'amd64', 4_207_000, ['perl-modules-5.36'], [lib('libperl.so.5.36.0', 4_000_000), lib('perl/5.36.0/auto/POSIX/POSIX.so', 17_000_000), doc('libperl5.36')]),
  d('perl', '5.36.0-7+deb12u1', 'amd64', 239_000, ['libperl5.36', 'perl-modules-5.36'], [bin('perl5.36.0', 3_900, 'perl'), ['/usr/bin/perl', 0, '->perl5.36.0'], doc('perl')]),
  d('git-man', '1:2.39.5-0+deb12u1', 'all', 2_051_000, [], [['/usr/share/man/man1/git.1.gz', 2_500_000], doc('git-man')], true),
  d('git', '1:2.39.5-0+deb12u1', 'amd64', 7_257_000, ['git-man', 'libcurl3-gnutls', 'liberror-perl', 'libexpat1', 'perl'], [bin('git', 3_900_000), ['/usr/lib/git-core/git-remote-http', 1_700_000, 'git-remote-http'], ['/usr/share/git-core/templates/description', 73], ['/usr/share/locale/de/LC_MESSAGES/git.mo', 30_000_000], doc('git')], true),
  d('libpython3.11-minimal', '3.11.2-6+deb12u4', 'amd64', 817_000, [], [['/usr/lib/python3.11/os.py', 39_800], ['/usr/lib/python3.11/encodings/__init__.py', 5_620], doc('libpython3.11-minimal')], true),
  d('python3.11-minimal', '3.11.2-6+deb12u4', 'amd64', 2_064_000, ['libpython3.11-minimal'], [bin('python3.11', 6_800_000, 'python3'), doc('python3.11-minimal')], true),
  d('libpython3.11-stdlib', '3.11.2-6+deb12u4', 'amd64', 1_798_000, ['libpython3.11-minimal'], [['/usr/lib/python3.11/json/__init__.py', 14_000], ['/usr/lib/python3.11/stdlib.tar', 8_000_000], doc('libpython3.11-stdlib')], true),
  d('python3.11', '3.11.2-6+deb12u4', 'amd64', 573_000, ['python3.11-minimal', 'libpython3.11-stdlib'], [['/usr/bin/pydoc3.11', 78], doc('python3.11')], true),
  d('python3', '3.11.2-1+b1', 'amd64', 26_300, ['python3.11'], [['/usr/bin/python3', 0, '->python3.11'], doc('python3')]),
  d('libcap2-bin', '1:2.66-4', 'amd64', 34_700, [], [['/usr/sbin/setcap', 14_000, 'setcap'], doc('libcap2-bin')]),
  d('iputils-ping', '3:20221126-1+deb12u1', 'amd64', 47_200, ['libcap2-bin'], [bin('ping', 90_000), doc('iputils-ping')]),
  d('libproc2-0', '2:4.0.2-3', 'amd64', 62_800, [], [lib('libproc2.so.0.0.1', 150_000), doc('libproc2-0')]),
  d('procps', '2:4.0.2-3', 'amd64', 709_000, ['libproc2-0'], [bin('ps', 150_000), bin('top', 130_000), bin('free', 30_000), doc('procps')]),
  d('vim-common', '2:9.0.1378-2', 'all', 124_000, [], [['/usr/share/vim/vim90/doc/help.txt', 9_000], doc('vim-common')]),
  d('vim-runtime', '2:9.0.1378-2', 'all', 7_025_000, [], [['/usr/share/vim/vim90/syntax/syntax.vim', 1_500], ['/usr/share/vim/vim90/runtime.tar', 36_000_000], doc('vim-runtime')]),
  d('libgpm2', '1.20.7-10+b1', 'amd64', 14_200, [], [lib('libgpm.so.2', 35_000), doc('libgpm2')]),
  d('libsodium23', '1.0.18-1', 'amd64', 161_000, [], [lib('libsodium.so.23.3.0', 350_000), doc('libsodium23')]),
  d('vim', '2:9.0.1378-2', 'amd64', 1_567_000, ['vim-common', 'vim-runtime', 'libgpm2', 'libsodium23'], [bin('vim.basic', 3_900_000, 'vim'), doc('vim')]),
  d('nano', '7.2-1+deb12u1', 'amd64', 690_000, [], [['/bin/nano', 290_000, 'nano'], ['/usr/share/nano/sh.nanorc', 1_000], doc('nano')]),
  d('libonig5', '6.9.8-1', 'amd64', 188_000, [], [lib('libonig.so.5.3.0', 530_000), doc('libonig5')]),
  d('libjq1', '1.6-2.1', 'amd64', 135_000, ['libonig5'], [lib('libjq.so.1.0.4', 330_000), doc('libjq1')]),
  d('jq', '1.6-2.1', 'amd64', 64_900, ['libjq1'], [bin('jq', 31_000), doc('jq')]),
  d('libldap-common', '2.5.13+dfsg-5', 'all', 29_300, [], [['/etc/ldap/ldap.conf', 332], ['/usr/share/man/man5/ldap.conf.5.gz', 5_000], doc('libldap-common')]),
  d('libsasl2-modules', '2.1.28+dfsg-10', 'amd64', 66_600, [], [lib('sasl2/libplain.so.2.0.25', 22_000), lib('sasl2/liblogin.so.2.0.25', 22_000), lib('sasl2/libntlm.so.2.0.25', 55_000), doc('libsasl2-modules')]),
  d('less', '590-2.1~deb12u2', 'amd64', 132_000, [], [bin('less', 180_000), doc('less')]),
  d('patch', '2.7.6-7', 'amd64', 128_000, [], [bin('patch', 190_000), doc('patch')]),
  d('openssh-client', '1:9.2p1-2+deb12u3', 'amd64', 992_000, [], [bin('ssh', 900_000), bin('scp', 130_000), ['/etc/ssh/ssh_config', 1_650], doc('openssh-client')], true),
  d('net-tools', '2.10-0.1', 'amd64', 243_000, [], [['/usr/sbin/ifconfig', 80_000, 'ifconfig'], bin('netstat', 150_000), doc('net-tools')]),
];

for (const pkg of debIndex) if (recommends[pkg.name]) pkg.recommends = recommends[pkg.name];
