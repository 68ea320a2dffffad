import { describe, expect, it } from 'vitest';
import { goJson } from '../../../src/sim/format/json.ts';

describe('goJson (Go encoding/json)', () => {
  it('escapes <, > and & as json.Marshal does, and not when escapeHTML is false', () => {
    expect(goJson('<a href="x">&</a>')).toBe('"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e"');
    expect(goJson('<&>', { escapeHTML: false })).toBe('"<&>"');
  });

  it('escapes control characters and the JavaScript line separators', () => {
    expect(goJson('a\nb\tc\u0001\u2028')).toBe('"a\\nb\\tc\\u0001\\u2028"');
  });

  it('prints empty arrays as [] and null as null', () => {
    expect(goJson({ A: [], B: null, C: {} })).toBe('{"A":[],"B":null,"C":{}}');
  });

  it('keeps the key order of plain objects and sorts Map keys', () => {
    expect(goJson({ b: 1, a: 2 })).toBe('{"b":1,"a":2}');
    expect(goJson(new Map([['b', 1], ['a', 2]]))).toBe('{"a":2,"b":1}');
    expect(goJson({ b: 1, a: 2 }, { sortKeys: true })).toBe('{"a":2,"b":1}');
  });

  it('indents like json.MarshalIndent with four spaces, as docker inspect prints', () => {
    expect(goJson([{ Id: 'abc', Config: { Env: ['A=1'], Labels: {} }, Mounts: [] }], { indent: '    ' })).toBe(
      '[\n    {\n        "Id": "abc",\n        "Config": {\n            "Env": [\n                "A=1"\n            ],\n            "Labels": {}\n        },\n        "Mounts": []\n    }\n]',
    );
    expect(goJson([], { indent: '    ' })).toBe('[]');
  });

  it('formats numbers as Go does', () => {
    expect(goJson([0, -1, 1.5, 1e21, 1e-7, 123456789012])).toBe('[0,-1,1.5,1e+21,1e-7,123456789012]');
  });
});
