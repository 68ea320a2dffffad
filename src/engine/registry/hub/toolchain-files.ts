/**
 * The bulk of buildpack-deps:bookworm that is not one big binary: gcc's translated
 * messages, the C and C++ headers, and the documentation of the packages it installs
 * (full Debian keeps /usr/share/doc). Listed by their real names, with typical sizes.
 */
import type { FileSpec } from './spec.ts';
import { blob, kB, MB } from './files.ts';

const gccLanguages = 'be ca da de el es fi fr hr id ja ka nl ru sr sv tr uk vi zh_CN zh_TW'.split(' ');

/** gcc, cpp and binutils message catalogs (gcc has some 10,000 messages, hence 1.3 MB per language). */
export function toolchainCatalogs(): FileSpec[] {
  const domains: [string, number][] = [['gcc-12', 1.3 * MB], ['cpp-12', 210 * kB], ['bfd', 260 * kB], ['binutils', 330 * kB], ['gas', 420 * kB], ['ld', 190 * kB], ['gprof', 40 * kB], ['opcodes', 80 * kB], ['make', 70 * kB]];
  return gccLanguages.flatMap((lang) => domains.map(([domain, size]) => blob(`/usr/share/locale/${lang}/LC_MESSAGES/${domain}.mo`, size)));
}

const headerDirs: [string, string[], number][] = [
  ['/usr/include/c++/12/bits', 'stl_algo.h stl_tree.h stl_vector.h basic_string.h basic_string.tcc hashtable.h regex.h regex_compiler.h shared_ptr_base.h stl_algobase.h unordered_map.h locale_facets.tcc ranges_algo.h chrono_io.h'.split(' '), 130 * kB],
  ['/usr/include/c++/12', 'algorithm array atomic chrono filesystem format functional future iostream map memory mutex optional ranges regex string thread tuple type_traits variant vector'.split(' '), 40 * kB],
  ['/usr/include/linux', 'bpf.h ethtool.h fs.h io_uring.h kvm.h netlink.h nl80211.h perf_event.h rtnetlink.h sched.h v4l2-controls.h videodev2.h'.split(' '), 120 * kB],
  ['/usr/include/x86_64-linux-gnu/bits', 'fcntl-linux.h mman-linux.h socket.h stat.h termios.h types.h unistd.h waitflags.h'.split(' '), 15 * kB],
  ['/usr/include/unicode', 'utypes.h unistr.h ucol.h uchar.h ubrk.h udat.h unum.h uregex.h ucnv.h coll.h'.split(' '), 60 * kB],
  ['/usr/include/openssl', 'ssl.h x509.h asn1.h evp.h crypto.h obj_mac.h bio.h err.h pem.h rsa.h ec.h sslerr.h'.split(' '), 80 * kB],
  ['/usr/include/glib-2.0/gio', 'gio.h gdbusconnection.h gfile.h gsettings.h gtask.h gioenums.h giotypes.h'.split(' '), 40 * kB],
  ['/usr/include/ImageMagick-6/magick', 'magick-type.h image.h method-attribute.h'.split(' '), 30 * kB],
  ['/usr/include/mariadb', 'mysql.h mysqld_error.h errmsg.h'.split(' '), 60 * kB],
  ['/usr/include/postgresql', 'libpq-fe.h pg_config.h postgres_ext.h'.split(' '), 25 * kB],
];

export function developmentHeaders(): FileSpec[] {
  return headerDirs.flatMap(([dir, names, size]) => names.map((name) => blob(`${dir}/${name}`, size)));
}

/** Packages of the compiler and -dev layer whose docs full Debian keeps. */
export const toolchainPackages =
  'autoconf automake binutils binutils-common binutils-x86-64-linux-gnu bzip2 cpp cpp-12 default-libmysqlclient-dev dpkg-dev ' +
  'file g++ g++-12 gcc gcc-12 imagemagick imagemagick-6-common imagemagick-6.q16 libasan8 libatomic1 libbinutils libbz2-dev ' +
  'libc-dev-bin libc6-dev libcairo2 libcc1-0 libcrypt-dev libctf0 libcurl4-openssl-dev libdb-dev libdpkg-perl libevent-dev ' +
  'libffi-dev libfontconfig1 libfreetype6 libgcc-12-dev libgdbm-dev libgl1-mesa-dri libglib2.0-0 libglib2.0-dev libgmp-dev ' +
  'libgomp1 libgprofng0 libgtk-3-0 libhwasan0 libicu-dev libicu72 libisl23 libitm1 libjansson4 libjpeg-dev libkrb5-dev ' +
  'libllvm15 liblsan0 liblzma-dev libmagickcore-6.q16-6 libmagickcore-dev libmagickwand-6.q16-6 libmagickwand-dev ' +
  'libmariadb-dev libmaxminddb-dev libmpc3 libmpfr6 libncurses-dev libnsl-dev libpng-dev libpq-dev libpq5 libquadmath0 ' +
  'libreadline-dev libsqlite3-dev libssl-dev libstdc++-12-dev libtirpc-dev libtool libtsan2 libubsan1 libwebp-dev libx11-6 ' +
  'libxml2-dev libxslt1-dev libyaml-dev libz3-4 linux-libc-dev m4 make mesa-libgallium patch pkg-config rpcsvc-proto unzip xz-utils zlib1g-dev';

const binutilsAndStatic: [string, number][] = [
  ['/usr/bin/x86_64-linux-gnu-ld.gold', 2_640_000], ['/usr/bin/x86_64-linux-gnu-objdump', 520_000], ['/usr/bin/x86_64-linux-gnu-readelf', 790_000],
  ['/usr/bin/x86_64-linux-gnu-strip', 1_010_000], ['/usr/bin/x86_64-linux-gnu-objcopy', 1_010_000], ['/usr/bin/x86_64-linux-gnu-gprofng', 2_900_000],
  ['/usr/bin/x86_64-linux-gnu-gcov-12', 720_000], ['/usr/bin/x86_64-linux-gnu-gcov-dump-12', 530_000], ['/usr/lib/gcc/x86_64-linux-gnu/12/collect2', 620_000],
  ['/usr/lib/x86_64-linux-gnu/libMagickWand-6.Q16.a', 3_100_000], ['/usr/lib/x86_64-linux-gnu/libgmp.a', 1_100_000], ['/usr/lib/x86_64-linux-gnu/libdb-5.3.a', 2_600_000],
  ['/usr/lib/x86_64-linux-gnu/libevent.a', 1_500_000], ['/usr/lib/x86_64-linux-gnu/libmariadb.a', 1_100_000], ['/usr/lib/x86_64-linux-gnu/libpq.a', 600_000],
  ['/usr/lib/x86_64-linux-gnu/libxslt.a', 500_000], ['/usr/lib/x86_64-linux-gnu/libncursesw.a', 520_000],
  ['/usr/lib/x86_64-linux-gnu/liblzma.a', 330_000], ['/usr/lib/x86_64-linux-gnu/libz.a', 160_000], ['/usr/lib/x86_64-linux-gnu/libbz2.a', 90_000],
  ['/usr/lib/x86_64-linux-gnu/libm-2.36.a', 4_600_000], ['/usr/lib/gcc/x86_64-linux-gnu/12/libsupc++.a', 700_000],
  ['/usr/lib/gcc/x86_64-linux-gnu/12/libgcc.a', 4_600_000], ['/usr/lib/gcc/x86_64-linux-gnu/12/libgcov.a', 280_000],
  ['/usr/share/autoconf/autoconf/autoconf.m4f', 500_000], ['/usr/share/libtool/build-aux/ltmain.sh', 330_000],
  ['/usr/share/X11/locale/en_US.UTF-8/Compose', 300_000], ['/usr/share/glib-2.0/schemas/gschemas.compiled', 30_000],
];

/** The rest of binutils and gcc, and the static libraries the -dev packages install. */
export function binutilsAndStaticLibraries(): FileSpec[] {
  return binutilsAndStatic.map(([path, size]) => blob(path, size, path.endsWith('.a') || path.endsWith('.m4f') || path.endsWith('.sh') ? 0o644 : 0o755));
}

const desktopLanguages = 'af ar ast be bg bn ca cs cy da de el en_GB eo es et eu fa fi fr ga gl gu he hi hr hu id is it ja ka kk kn ko lt lv mk ml mr ms nb ne nl nn oc pa pl pt pt_BR ro ru sk sl sq sr sv ta te th tr ug uk vi zh_CN zh_HK zh_TW'.split(' ');

/** GTK and GLib translations, which imagemagick's GUI dependencies bring. */
export function desktopCatalogs(): FileSpec[] {
  const domains: [string, number][] = [['gtk30', 170 * kB], ['gtk30-properties', 110 * kB], ['glib20', 70 * kB], ['gdk-pixbuf', 20 * kB], ['atk10', 10 * kB]];
  return desktopLanguages.flatMap((lang) => domains.map(([domain, size]) => blob(`/usr/share/locale/${lang}/LC_MESSAGES/${domain}.mo`, size)));
}
