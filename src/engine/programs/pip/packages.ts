/**
 * A small simulated PyPI for pip: real project names (as their metadata spells them),
 * versions, wheel file names and sizes, installed sizes, requirement strings and console
 * scripts for the packages tutorials use: Flask and its tree, requests, Django,
 * FastAPI with uvicorn and pydantic, gunicorn, numpy, pandas, redis, psycopg2-binary.
 */

export interface PyPackage {
  /** The name as the project's metadata spells it (`Werkzeug`, `MarkupSafe`). */
  name: string;
  version: string;
  /** Wheel tag: `py3-none-any`, or the CPython 3.12 manylinux tag for compiled ones. */
  tag: string;
  /** Wheel (download) size in bytes. */
  wheel: number;
  /** Bytes on disk once installed. */
  installed: number;
  /** Requirement strings as the metadata declares them (`Werkzeug>=3.1`). */
  requires: string[];
  /** Console scripts: name → `module:function`. */
  scripts?: Record<string, string>;
  /** The top-level import package, when it differs from the lower-cased name. */
  module?: string;
  /** Older versions pip would list in `from versions: …`. */
  older?: string[];
  /** The wheel file keeps the project's capitals (`MarkupSafe-3.0.2-…whl`). */
  keepCase?: boolean;
}

const any = 'py3-none-any';
const cp312 = 'cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64';

const py = (name: string, version: string, tag: string, wheel: number, installed: number, requires: string[] = [], extra: Partial<PyPackage> = {}): PyPackage => ({ name, version, tag, wheel, installed, requires, ...extra });

export const pypi: PyPackage[] = [
  py('flask', '3.1.0', any, 102_981, 293_000, ['Werkzeug>=3.1', 'Jinja2>=3.1.2', 'itsdangerous>=2.2', 'click>=8.1.3', 'blinker>=1.9'], { scripts: { flask: 'flask.cli:main' }, older: ['2.3.3', '3.0.3'] }),
  py('Werkzeug', '3.1.3', any, 224_498, 814_000, ['MarkupSafe>=2.1.1']),
  py('Jinja2', '3.1.4', any, 133_271, 826_000, ['MarkupSafe>=2.0'], { module: 'jinja2' }),
  py('MarkupSafe', '3.0.2', cp312, 23_322, 52_000, [], { module: 'markupsafe', keepCase: true }),
  py('itsdangerous', '2.2.0', any, 16_234, 50_000),
  py('click', '8.1.7', any, 97_941, 390_000),
  py('blinker', '1.9.0', any, 8_458, 26_000),
  py('requests', '2.32.3', any, 64_928, 215_000, ['charset-normalizer<4,>=2', 'idna<4,>=2.5', 'urllib3<3,>=1.21.1', 'certifi>=2017.4.17'], { older: ['2.31.0', '2.32.2'] }),
  py('charset-normalizer', '3.4.0', cp312, 143_608, 433_000, [], { module: 'charset_normalizer', scripts: { normalizer: 'charset_normalizer.cli:cli_detect' } }),
  py('idna', '3.10', any, 70_442, 361_000),
  py('urllib3', '2.2.3', any, 126_338, 488_000),
  py('certifi', '2024.8.30', any, 167_321, 294_000),
  py('Django', '5.1.3', any, 8_276_264, 37_600_000, ['asgiref<4,>=3.8.1', 'sqlparse>=0.3.1'], { module: 'django', keepCase: true, scripts: { 'django-admin': 'django.core.management:execute_from_command_line' }, older: ['4.2.16', '5.0.9'] }),
  py('asgiref', '3.8.1', any, 23_828, 96_000),
  py('sqlparse', '0.5.2', any, 44_442, 187_000, [], { scripts: { sqlformat: 'sqlparse.__main__:main' } }),
  py('fastapi', '0.115.5', any, 94_914, 460_000, ['starlette<0.42.0,>=0.40.0', 'pydantic!=1.8,!=1.8.1,!=2.0.0,!=2.0.1,!=2.1.0,<3.0.0,>=1.7.4', 'typing-extensions>=4.8.0']),
  py('starlette', '0.41.3', any, 73_225, 330_000, ['anyio<5,>=3.4.0']),
  py('anyio', '4.6.2.post1', any, 90_377, 423_000, ['idna>=2.8', 'sniffio>=1.1']),
  py('sniffio', '1.3.1', any, 10_235, 26_000),
  py('pydantic', '2.10.1', any, 455_329, 1_570_000, ['annotated-types>=0.6.0', 'pydantic-core==2.27.1', 'typing-extensions>=4.12.2']),
  py('pydantic_core', '2.27.1', cp312, 2_010_560, 4_980_000, ['typing-extensions!=4.7.0,>=4.6.0']),
  py('annotated-types', '0.7.0', any, 13_643, 41_000, [], { module: 'annotated_types' }),
  py('typing_extensions', '4.12.2', any, 37_438, 131_000),
  py('uvicorn', '0.32.1', any, 63_828, 250_000, ['click>=7.0', 'h11>=0.8'], { scripts: { uvicorn: 'uvicorn.main:main' } }),
  py('h11', '0.14.0', any, 58_259, 227_000),
  py('gunicorn', '23.0.0', any, 85_029, 447_000, ['packaging'], { scripts: { gunicorn: 'gunicorn.app.wsgiapp:run' } }),
  py('packaging', '24.2', any, 65_451, 230_000),
  py('numpy', '2.1.3', 'cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64', 16_034_245, 59_700_000, [], { scripts: { f2py: 'numpy.f2py.f2py2e:main', 'numpy-config': 'numpy._configtool:main' }, older: ['1.26.4', '2.0.2'] }),
  py('pandas', '2.2.3', 'cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64', 12_701_858, 68_300_000, ['numpy>=1.26.0', 'python-dateutil>=2.8.2', 'pytz>=2020.1', 'tzdata>=2022.7']),
  py('python-dateutil', '2.9.0.post0', 'py2.py3-none-any', 229_892, 733_000, ['six>=1.5'], { module: 'dateutil' }),
  py('six', '1.16.0', 'py2.py3-none-any', 11_053, 39_000),
  py('pytz', '2024.2', 'py2.py3-none-any', 508_002, 2_880_000),
  py('tzdata', '2024.2', 'py2.py3-none-any', 346_586, 1_790_000),
  py('redis', '5.2.0', any, 261_353, 1_100_000),
  py('psycopg2-binary', '2.9.10', cp312, 3_044_542, 9_400_000, [], { module: 'psycopg2' }),
];

/** PEP 503 normalised name: `Flask`, `flask`, `FLASK` and `pydantic-core` / `pydantic_core` match. */
export function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export function findPackage(name: string): PyPackage | undefined {
  return pypi.find((pkg) => normalize(pkg.name) === normalize(name));
}
