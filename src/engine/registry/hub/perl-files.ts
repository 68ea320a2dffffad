/**
 * Full Perl 5.36 as Debian ships it (libperl5.36 and perl-modules-5.36), which git
 * (in buildpack-deps:scm) and postgresql-common (in postgres) pull in: the shared
 * library, the architecture-dependent modules and the big pure-Perl ones.
 */
import type { FileSpec } from './spec.ts';
import { bin, blob } from './files.ts';

const arch = '/usr/lib/x86_64-linux-gnu/perl/5.36.0';
const share = '/usr/share/perl/5.36.0';

const shared: [string, number][] = [
  ['unicore/Name.pl', 1_600_000], ['unicore/Decomposition.pl', 98_000], ['unicore/UCD.pl', 290_000], ['unicore/CombiningClass.pl', 52_000],
  ['Module/CoreList.pm', 1_230_000], ['Unicode/Collate/allkeys.txt', 1_920_000], ['Unicode/Collate.pm', 64_000], ['Unicode/UCD.pm', 160_000],
  ['pod/perldiag.pod', 300_000], ['pod/perlfunc.pod', 420_000], ['pod/perlop.pod', 150_000], ['pod/perlre.pod', 120_000],
  ['CPAN.pm', 150_000], ['CPAN/FirstTime.pm', 80_000], ['CPAN/Meta/Requirements.pm', 40_000], ['ExtUtils/MakeMaker.pm', 110_000],
  ['ExtUtils/MM_Unix.pm', 110_000], ['ExtUtils/MM_Any.pm', 85_000], ['ExtUtils/ParseXS.pm', 76_000], ['ExtUtils/Install.pm', 44_000],
  ['Pod/Simple.pm', 54_000], ['Pod/Man.pm', 80_000], ['Pod/Text.pm', 45_000], ['Pod/Perldoc.pm', 52_000], ['TAP/Harness.pm', 32_000],
  ['Test/More.pm', 70_000], ['Test2/API.pm', 50_000], ['Math/BigInt.pm', 230_000], ['Math/BigFloat.pm', 200_000], ['Math/BigInt/Calc.pm', 80_000],
  ['perl5db.pl', 300_000], ['Archive/Tar.pm', 68_000], ['HTTP/Tiny.pm', 80_000], ['IO/Compress/Base.pm', 25_000], ['Locale/Maketext.pm', 44_000],
  ['Net/FTP.pm', 58_000], ['Pod/Checker.pm', 48_000], ['Text/Balanced.pm', 40_000], ['Memoize.pm', 22_000], ['autodie.pm', 14_000],
  ['Unicode/Normalize.pm', 18_000], ['Locale/Codes/Language_Codes.pm', 480_000], ['Locale/Codes/Country_Codes.pm', 230_000], ['Locale/Codes/LangExt_Codes.pm', 150_000],
];

const archDependent: [string, number][] = [
  ['auto/Encode/JP/JP.so', 2_620_000], ['auto/Encode/KR/KR.so', 2_290_000], ['auto/Encode/CN/CN.so', 2_050_000], ['auto/Encode/TW/TW.so', 2_210_000],
  ['auto/Encode/Encode.so', 153_000], ['auto/POSIX/POSIX.so', 116_000], ['auto/B/B.so', 170_000], ['auto/re/re.so', 380_000], ['auto/Storable/Storable.so', 107_000],
  ['auto/Devel/Peek/Peek.so', 40_000], ['auto/DB_File/DB_File.so', 60_000], ['auto/Compress/Raw/Zlib/Zlib.so', 120_000], ['auto/Compress/Raw/Bzip2/Bzip2.so', 70_000],
  ['auto/Unicode/Normalize/Normalize.so', 220_000], ['auto/Unicode/Collate/Collate.so', 570_000], ['auto/Math/BigInt/FastCalc/FastCalc.so', 30_000],
  ['Config_heavy.pl', 59_000], ['CORE/perl.h', 320_000], ['CORE/proto.h', 400_000], ['CORE/embed.h', 110_000], ['CORE/sv.h', 110_000], ['Encode/JP/JIS7.pm', 5_000],
];

export function perlFull(): FileSpec[] {
  return [
    bin('/usr/bin/perl5.36-x86_64-linux-gnu', 'perl', 3_926_448),
    blob('/usr/lib/x86_64-linux-gnu/libperl.so.5.36.0', 3_930_000, 0o755),
    ...shared.map(([name, size]) => blob(`${share}/${name}`, size)),
    ...archDependent.map(([name, size]) => blob(`${arch}/${name}`, size)),
  ];
}
