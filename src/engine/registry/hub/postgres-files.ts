/**
 * What PGDG's postgresql-16 package and Debian's locales package install in the
 * postgres image: the server and client binaries, the JIT (LLVM 14) and the bitcode it
 * inlines, contrib extensions, translations, and the locale sources and charmaps from
 * which `locale-gen` builds en_US.UTF-8.
 */
import type { FileSpec } from './spec.ts';
import { bin, blob, text } from './files.ts';
import { perlFull } from './perl-files.ts';
import { zoneinfo } from './deb-libs.ts';

const lib = '/usr/lib/x86_64-linux-gnu';
const pgbin = '/usr/lib/postgresql/16/bin';

const contrib =
  'adminpack amcheck autoinc bloom btree_gin btree_gist citext cube dblink dict_int earthdistance file_fdw fuzzystrmatch hstore ' +
  'insert_username intagg intarray isn lo ltree moddatetime pageinspect pg_buffercache pg_freespacemap pg_prewarm pg_stat_statements ' +
  'pg_surgery pg_trgm pg_visibility pg_walinspect pgcrypto pgrowlocks pgstattuple postgres_fdw refint seg sslinfo tablefunc tcn ' +
  'tsm_system_rows tsm_system_time unaccent uuid-ossp xml2';

/** Each contrib extension: its library, its bitcode for the JIT, and its SQL install script. */
function contribFiles(): FileSpec[] {
  return contrib.split(' ').flatMap((name) => [
    blob(`/usr/lib/postgresql/16/lib/${name}.so`, 110_000, 0o755),
    blob(`/usr/lib/postgresql/16/lib/bitcode/${name}.index.bc`, 40_000),
    blob(`/usr/lib/postgresql/16/lib/bitcode/${name}/${name}.bc`, 280_000),
    blob(`/usr/share/postgresql/16/extension/${name}.control`, 200),
    blob(`/usr/share/postgresql/16/extension/${name}--1.0.sql`, 45_000),
  ]);
}

const translations: [string, number][] = [['postgres', 1_050_000], ['psql', 210_000], ['pg_dump', 150_000], ['initdb', 50_000], ['libpq5', 80_000], ['pg_ctl', 30_000], ['pg_basebackup', 90_000], ['plpgsql', 30_000]];

const bitcodeSources = (
  'access/heap/heapam access/heap/heapam_handler access/nbtree/nbtree access/nbtree/nbtsearch access/transam/xact access/transam/xlog ' +
  'catalog/heap catalog/index catalog/namespace commands/copyfrom commands/tablecmds executor/execExpr executor/execExprInterp executor/execMain ' +
  'executor/nodeAgg executor/nodeHash executor/nodeHashjoin optimizer/path/allpaths optimizer/path/costsize optimizer/plan/createplan ' +
  'optimizer/plan/planner parser/gram parser/parse_expr parser/parse_relation postmaster/postmaster replication/logical/worker ' +
  'storage/buffer/bufmgr storage/lmgr/lock tcop/postgres utils/adt/date utils/adt/json utils/adt/jsonb utils/adt/numeric utils/adt/ruleutils ' +
  'utils/adt/selfuncs utils/adt/timestamp utils/adt/varlena utils/cache/relcache utils/misc/guc_tables utils/sort/tuplesort ' +
  'access/brin/brin access/gin/ginget access/gist/gist access/hash/hash access/spgist/spgutils access/table/tableam access/transam/twophase ' +
  'catalog/aclchk catalog/dependency catalog/pg_aggregate commands/analyze commands/explain commands/vacuum commands/trigger ' +
  'executor/execPartition executor/nodeModifyTable executor/spi nodes/copyfuncs nodes/equalfuncs nodes/outfuncs nodes/readfuncs ' +
  'optimizer/util/clauses optimizer/util/pathnode optimizer/prep/prepjointree parser/analyze parser/parse_clause parser/parse_func ' +
  'partitioning/partbounds regex/regcomp replication/walsender rewrite/rewriteHandler statistics/extended_stats storage/ipc/procarray ' +
  'utils/adt/arrayfuncs utils/adt/formatting utils/adt/jsonpath_exec utils/adt/multirangetypes utils/adt/rangetypes utils/adt/ri_triggers ' +
  'utils/adt/tsvector_op utils/adt/xml utils/cache/catcache utils/fmgr/fmgr utils/mmgr/aset utils/time/snapmgr'
).split(' ');

export const serverFiles: FileSpec[] = [
  bin(`${pgbin}/postgres`, 'postgres', 9_700_000),
  bin(`${pgbin}/initdb`, 'initdb', 160_000),
  bin(`${pgbin}/pg_ctl`, 'pg_ctl', 75_000),
  bin(`${pgbin}/psql`, 'psql', 760_000),
  bin(`${pgbin}/pg_dump`, 'pg_dump', 480_000),
  bin(`${pgbin}/pg_restore`, 'pg_restore', 230_000),
  bin(`${pgbin}/pg_isready`, 'pg_isready', 40_000),
  bin(`${pgbin}/createdb`, 'createdb', 50_000),
  bin(`${pgbin}/pg_basebackup`, 'pg_basebackup', 170_000),
  ...'pg_upgrade pg_rewind pg_waldump pgbench pg_resetwal pg_checksums pg_controldata pg_test_fsync pg_test_timing pg_amcheck vacuumdb reindexdb clusterdb createuser dropdb dropuser pg_dumpall pg_receivewal pg_recvlogical pg_config pg_archivecleanup postgres-check'.split(' ').map((name) => bin(`${pgbin}/${name}`, name, 130_000)),
  blob('/usr/share/postgresql/16/postgresql.conf.sample', 29_914),
  blob('/usr/share/postgresql/16/pg_hba.conf.sample', 5_711),
  blob('/usr/share/postgresql/16/postgres.bki', 1_000_000),
  blob('/usr/share/postgresql/16/system_views.sql', 46_000),
  blob('/usr/share/postgresql/16/information_schema.sql', 116_000),
  blob('/usr/share/postgresql/16/timezonesets/Default', 33_000),
  blob('/usr/lib/postgresql/16/lib/llvmjit.so', 140_000, 0o755),
  blob('/usr/lib/postgresql/16/lib/plpgsql.so', 290_000, 0o755),
  blob('/usr/lib/postgresql/16/lib/bitcode/postgres.index.bc', 2_300_000),
  blob(`${lib}/libpq.so.5.16`, 330_000, 0o755),
  // The JIT compiler: PGDG builds postgresql-16 against LLVM 14, the biggest file of the image.
  blob(`${lib}/libLLVM-14.so.1`, 103_100_000, 0o755),
  blob(`${lib}/libz3.so.4`, 23_000_000, 0o755),
  blob(`${lib}/libicudata.so.72.1`, 30_900_000, 0o755),
  blob(`${lib}/libicuuc.so.72.1`, 2_100_000, 0o755),
  blob(`${lib}/libicui18n.so.72.1`, 3_400_000, 0o755),
  blob(`${lib}/libxml2.so.2.9.14`, 1_960_000, 0o755),
  blob(`${lib}/libcrypto.so.3`, 4_709_000, 0o755),
  blob(`${lib}/libssl.so.3`, 692_000, 0o755),
  blob(`${lib}/libkrb5.so.3.3`, 863_000, 0o755),
  blob('/usr/share/zoneinfo/tzdata.zi', 109_390),
  blob('/usr/share/postgresql-common/pg_wrapper', 14_000, 0o755),
  // postgresql-common's wrappers are Perl scripts.
  ...perlFull(),
  ...contribFiles(),
  // PGDG builds use the system time zone database.
  ...zoneinfo(),
  blob('/var/lib/dpkg/info/tzdata.templates', 1_260_000),
  // The locale layer re-enabled /usr/share/locale, so the server's translations are installed.
  ...'de es fr it ja ka ko pl pt_BR ru sv tr uk zh_CN'.split(' ').flatMap((lang) =>
    translations.map(([domain, size]) => blob(`/usr/share/locale/${lang}/LC_MESSAGES/${domain}-16.mo`, size)),
  ),
  // LLVM bitcode of the server's sources, which the JIT inlines from.
  ...bitcodeSources.map((source) => blob(`/usr/lib/postgresql/16/lib/bitcode/postgres/${source}.bc`, 260_000)),
];


const localeSources =
  'aa_DJ af_ZA am_ET an_ES ar_AE ar_EG ar_SA ast_ES az_AZ be_BY bg_BG bn_BD bn_IN bo_CN br_FR bs_BA ca_ES cs_CZ cy_GB da_DK ' +
  'de_AT de_CH de_DE el_GR en_AU en_CA en_GB en_IE en_IN en_NZ en_US en_ZA eo es_AR es_CL es_CO es_ES es_MX es_US et_EE eu_ES ' +
  'fa_IR fi_FI fil_PH fo_FO fr_BE fr_CA fr_CH fr_FR ga_IE gd_GB gl_ES gu_IN he_IL hi_IN hr_HR hu_HU hy_AM id_ID is_IS it_CH ' +
  'it_IT ja_JP ka_GE kk_KZ km_KH kn_IN ko_KR ku_TR ky_KG lo_LA lt_LT lv_LV mk_MK ml_IN mn_MN mr_IN ms_MY mt_MT my_MM nb_NO ' +
  'ne_NP nl_BE nl_NL nn_NO oc_FR pa_IN pl_PL ps_AF pt_BR pt_PT ro_RO ru_RU ru_UA si_LK sk_SK sl_SI sq_AL sr_RS sv_FI sv_SE ' +
  'sw_KE ta_IN te_IN tg_TJ th_TH tk_TM tr_TR tt_RU ug_CN uk_UA ur_PK uz_UZ vi_VN wa_BE xh_ZA yi_US zh_CN zh_HK zh_SG zh_TW zu_ZA';

const charmaps =
  'ANSI_X3.4-1968 ARMSCII-8 BIG5 BIG5-HKSCS CP1125 CP1251 CP1255 CP1256 EUC-JP EUC-KR EUC-TW GB18030 GB2312 GBK GEORGIAN-PS ' +
  'ISO-8859-1 ISO-8859-2 ISO-8859-3 ISO-8859-5 ISO-8859-6 ISO-8859-7 ISO-8859-8 ISO-8859-9 ISO-8859-13 ISO-8859-14 ISO-8859-15 ' +
  'KOI8-R KOI8-T KOI8-U PT154 RK1048 SHIFT_JIS TCVN5712-1 TIS-620';

/** Debian's locales package, and the archive `locale-gen` built for en_US.UTF-8. */
export function localesPackage(): FileSpec[] {
  return [
    blob('/usr/lib/locale/locale-archive', 3_060_000),
    ...localeSources.split(' ').map((name) => blob(`/usr/share/i18n/locales/${name}`, 24_000)),
    blob('/usr/share/i18n/locales/iso14651_t1_common', 3_620_000),
    blob('/usr/share/i18n/locales/translit_combining', 320_000),
    blob('/usr/share/i18n/locales/translit_cjk_compat', 90_000),
    blob('/usr/share/i18n/locales/i18n_ctype', 290_000),
    blob('/usr/share/i18n/charmaps/UTF-8.gz', 320_000),
    ...charmaps.split(' ').map((name) => blob(`/usr/share/i18n/charmaps/${name}.gz`, name.startsWith('GB18030') || name.startsWith('BIG5') ? 250_000 : 40_000)),
    blob('/usr/share/i18n/SUPPORTED', 9_000),
    // locales carries glibc's own translations (libc.mo), which slim images otherwise lack.
    ...'be bg ca cs da de el eo es fi fr gl hr hu ia id it ja ko lt nb nl pl pt pt_BR ro ru rw sk sl sr sv tr uk vi zh_CN zh_TW'.split(' ').map((lang) => blob(`/usr/share/locale/${lang}/LC_MESSAGES/libc.mo`, 150_000)),
    text('/etc/locale.gen', 'en_US.UTF-8 UTF-8\n'),
    bin('/usr/sbin/locale-gen', 'locale-gen', 1_500),
    bin('/usr/bin/localedef', 'localedef', 330_000),
  ];
}
