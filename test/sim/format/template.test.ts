import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../../src/sim/format/template/compile.ts';
import { renderFormat } from '../../../src/sim/format/render.ts';

const run = (src: string, data: unknown) => compileTemplate(src)(data);
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('compileTemplate: fields and pipelines', () => {
  const row = { ID: 'be9bb0261380', Names: 'web', Image: 'nginx', Nested: { Inner: 'x', Deep: { Value: 3 } }, Labels: { b: '2', a: '1' }, Ports: ['80/tcp', '443/tcp'] };

  it('prints fields and nested fields', () => {
    expect(run('{{.ID}} {{.Names}}', row)).toBe('be9bb0261380 web');
    expect(run('{{.Nested.Inner}}-{{.Nested.Deep.Value}}', row)).toBe('x-3');
  });

  it('pipes a value into the last argument of the next function', () => {
    expect(run('{{.Names | upper}}', row)).toBe('WEB');
    expect(run('{{.Image | printf "%s!"}}', row)).toBe('nginx!');
    expect(run('{{"Hello World" | lower | title}}', row)).toBe('Hello World');
  });

  it('supports the docker functions join, split, upper, lower, title, truncate, pad, println, index', () => {
    expect(run('{{join .Ports ", "}}', row)).toBe('80/tcp, 443/tcp');
    expect(run('{{split "a:b:c" ":"}}', row)).toBe('[a b c]');
    expect(run('{{index (split "a:b:c" ":") 1}}', row)).toBe('b');
    expect(run('{{upper "abc"}}{{lower "ABC"}}{{title "hello world"}}', row)).toBe('ABCabcHello World');
    expect(run('{{truncate .ID 5}}|{{truncate "ab" 5}}', row)).toBe('be9bb|ab');
    expect(run('[{{pad .Names 2 1}}][{{pad "" 2 1}}]', row)).toBe('[  web ][]');
    expect(run('{{println .Names}}', row)).toBe('web\n');
    expect(run('{{index .Labels "a"}}|{{index .Labels "zz"}}', row)).toBe('1|');
  });

  it('json marshals like Go: the root context sorted and HTML-escaped, other values as the Encoder does', () => {
    expect(run('{{json .Labels}}', row)).toBe('{"b":"2","a":"1"}');
    expect(run('{{json .Ports}}', row)).toBe('["80/tcp","443/tcp"]');
    expect(run('{{json "<a&b>"}}', row)).toBe('"<a&b>"');
    expect(run('{{json .}}', { Z: '<x>', A: 1 })).toBe('{"A":1,"Z":"\\u003cx\\u003e"}');
  });

  it('prints maps and slices as fmt %v does', () => {
    expect(run('{{.Labels}}', row)).toBe('map[a:1 b:2]');
    expect(run('{{.Ports}}', row)).toBe('[80/tcp 443/tcp]');
    expect(run('{{.Labels.missing}}', row)).toBe('<no value>');
  });

  it('calls function-valued fields as methods with arguments', () => {
    const ctx = { Label: (k: string) => (k === 'com.example' ? 'yes' : '') };
    expect(run('{{.Label "com.example"}}', ctx)).toBe('yes');
  });
});

describe('compileTemplate: control structures', () => {
  it('if / else if / else / end', () => {
    const t = compileTemplate('{{if .A}}a{{else if .B}}b{{else}}none{{end}}');
    expect(t({ A: 'x', B: '' })).toBe('a');
    expect(t({ A: '', B: 1 })).toBe('b');
    expect(t({ A: '', B: 0 })).toBe('none');
  });

  it('the docker images CREATED column template falls back to N/A', () => {
    const t = compileTemplate('{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}');
    expect(t({ CreatedSince: '2 weeks ago' })).toBe('2 weeks ago');
    expect(t({ CreatedSince: '' })).toBe('N/A');
  });

  it('range over a list sets dot, and $i, $e declare index and element', () => {
    const data = { X: ['a', 'b', 'c'] };
    expect(run('{{range .X}}<{{.}}>{{end}}', data)).toBe('<a><b><c>');
    expect(run('{{range $i, $e := .X}}{{$i}}={{$e}};{{end}}', data)).toBe('0=a;1=b;2=c;');
    expect(run('{{range .Empty}}x{{else}}empty{{end}}', { Empty: [] })).toBe('empty');
    expect(run('{{range $k, $v := .M}}{{$k}}:{{$v}} {{end}}', { M: { b: 2, a: 1 } })).toBe('a:1 b:2 ');
    expect(run('{{range .X}}{{if eq . "b"}}{{break}}{{end}}{{.}}{{end}}', data)).toBe('a');
  });

  it('with rebinds dot; variables and $ reach the root', () => {
    expect(run('{{with .N}}{{.V}}{{end}}', { N: { V: 7 } })).toBe('7');
    expect(run('{{$n := .Name}}{{range .X}}{{$n}}{{.}}{{end}}', { Name: 'n', X: [1, 2] })).toBe('n1n2');
    expect(run('{{range .X}}{{$.Name}}{{end}}', { Name: 'r', X: [1, 2] })).toBe('rr');
  });

  it('trim markers remove the whitespace beside them', () => {
    expect(run('a  {{- .X -}}  \n b', { X: 1 })).toBe('a1b');
    expect(run('{{.X}} {{-3}}', { X: 1 })).toBe('1 -3'); // '{{-3}}' is the number -3, not a trim marker
  });

  it('comparison and logic builtins', () => {
    expect(run('{{and 1 0}} {{or 0 "x"}} {{not true}} {{len .X}} {{lt 1 2}} {{ne "a" "b"}}', { X: [1, 2, 3] })).toBe('0 x false 3 true true');
  });
});

describe('compileTemplate: Go error messages', () => {
  it('an unknown field names the context type', () => {
    expect(errorOf(() => run('{{.Foo}}', { ID: 'x' }))).toBe(
      'template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.containerContext',
    );
    expect(errorOf(() => compileTemplate('{{.ID}} {{.Foo}}', { typeName: '*formatter.imageContext' })({ ID: 'x' }))).toBe(
      'template: :1:10: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.imageContext',
    );
  });

  it('parse errors', () => {
    expect(errorOf(() => compileTemplate('{{.ID'))).toBe('template: :1: unclosed action');
    expect(errorOf(() => compileTemplate('{{if .X}}a'))).toBe('template: :1: unexpected EOF');
    expect(errorOf(() => compileTemplate('{{end}}'))).toBe('template: :1: unexpected {{end}}');
    expect(errorOf(() => compileTemplate('{{foo .X}}'))).toBe('template: :1: function "foo" not defined');
  });

  it('function errors', () => {
    expect(errorOf(() => run('{{upper 1}}', {}))).toBe('template: :1:2: executing "" at <upper 1>: wrong type for value; expected string; got int');
    expect(errorOf(() => run('{{index .X 5}}', { X: [1] }))).toBe('template: :1:2: executing "" at <index .X 5>: error calling index: index out of range: 5');
  });
});

describe('renderFormat (formatter.Context)', () => {
  const headers = { ID: 'CONTAINER ID', Image: 'IMAGE', Names: 'NAMES' };
  const rows = [
    { ID: '96b825d83d69', Image: 'alpine', Names: 'webp' },
    { ID: '318d4c25ddc5', Image: 'hello-world', Names: 'hungry_hopper' },
  ];

  it('table formats render a header row and align columns', () => {
    expect(renderFormat('table {{.ID}}\\t{{.Image}}\\t{{.Names}}', rows, headers)).toBe(
      'CONTAINER ID   IMAGE         NAMES\n96b825d83d69   alpine        webp\n318d4c25ddc5   hello-world   hungry_hopper\n',
    );
  });

  it('a table with no rows still prints its header', () => {
    expect(renderFormat('table {{.ID}}\t{{.Image}}', [], headers)).toBe('CONTAINER ID   IMAGE\n');
  });

  it('header functions leave header names intact', () => {
    expect(renderFormat('table {{.Names | upper}}\t{{truncate .ID 4}}', rows.slice(0, 1), headers)).toBe('NAMES     CONTAINER ID\nWEBP      96b8\n');
  });

  it('raw templates print one line per row without a header', () => {
    expect(renderFormat('{{.ID}}: {{.Names}}', rows)).toBe('96b825d83d69: webp\n318d4c25ddc5: hungry_hopper\n');
    expect(renderFormat('{{.Names}}\\n--', rows.slice(0, 1))).toBe('webp\n--\n');
  });

  it('json is {{json .}} per line, keys sorted as the formatter context marshals them', () => {
    expect(renderFormat('json', rows.slice(0, 1))).toBe('{"ID":"96b825d83d69","Image":"alpine","Names":"webp"}\n');
  });

  it('errors carry the CLI prefix', () => {
    expect(errorOf(() => renderFormat('{{.Foo}}', rows))).toBe(
      'template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.containerContext',
    );
    expect(errorOf(() => renderFormat('{{.ID', rows))).toBe('template parsing error: template: :1: unclosed action');
  });
});

describe('docker/cli templates_test.go', () => {
  it('json of a string field (GitHub #32120) is not HTML-escaped', () => {
    expect(compileTemplate('{{json .Ports}}', { typeName: null })(new Map([['Ports', '0.0.0.0:2->8/udp']]))).toBe('"0.0.0.0:2->8/udp"');
  });

  it('string functions compose: join (split . ":") "/"', () => {
    expect(run('{{join (split . ":") "/"}}', 'text:with:colon')).toBe('text/with/colon');
    expect(run('this is a {{ . }}', 'string')).toBe('this is a string');
  });

  const source = 'tupx5xzf6hvsrhnruz5cr8gwp';
  it.each([
    ['{{truncate . 5}}', 'tupx5'],
    ['{{truncate . 25}}', source],
    ['{{truncate . 30}}', source],
    ['{{pad . 3 3}}', `   ${source}   `],
  ])('%s renders a non-empty source, an empty source, and fails on nil', (tmpl, expected) => {
    const t = compileTemplate(tmpl);
    expect(t(source)).toBe(expected);
    expect(t('')).toBe('');
    expect(() => t(null)).toThrow();
  });

  it.each(['{{ json .}}', '{{ split . ","}}', '{{ join . ","}}', '{{ title .}}', '{{ lower .}}', '{{ upper .}}', '{{ truncate . 2}}'])(
    'header function %s leaves its input unchanged',
    (tmpl) => {
      expect(compileTemplate(tmpl, { funcs: 'header' })('hello world')).toBe('hello world');
    },
  );
});

describe('printing numbers as fmt %v', () => {
  it('prints integers plainly and floats in %g form with the exponent switch at 1e6', () => {
    expect(run('{{.A}} {{.B}} {{.C}} {{.D}}', { A: 1000000, B: 1.5, C: 1234567.5, D: 0.00001 })).toBe('1000000 1.5 1.2345675e+06 1e-05');
  });
});

describe('{{json .}} of a formatter context (formatter.MarshalJSON)', () => {
  it('marshals exported zero-argument methods and fields, sorted, and skips methods with arguments', () => {
    const ctx = { Names: 'web', ID: () => 'abc', Label: (k: string) => k, lower: 'x', FullHeader: () => ({}) };
    expect(run('{{json .}}', ctx)).toBe('{"ID":"abc","Names":"web"}');
  });
});
