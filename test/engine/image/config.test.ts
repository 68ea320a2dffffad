import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/engine/image/canonical.ts';
import { imageIdOf, layerHistory, parseConfig, serializeConfig, type ImageConfig } from '../../../src/engine/image/config.ts';
import { digestOf, type Digest } from '../../../src/engine/util/digest.ts';

const diffA = digestOf('a');
const config = (): ImageConfig => ({
  architecture: 'amd64',
  os: 'linux',
  created: '2024-09-06T22:20:07Z',
  config: { Env: ['PATH=/bin'], Cmd: ['/bin/sh'], Labels: { b: '2', a: '1' } },
  rootfs: { type: 'layers', diff_ids: [diffA] },
  history: [{ created: '2024-09-06T22:20:07Z', created_by: 'ADD file / ' }, { created: '2024-09-06T22:20:07Z', created_by: 'CMD ["/bin/sh"]', empty_layer: true }],
});

describe('image config', () => {
  it('canonical JSON sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [true, { d: undefined, c: 'x' }] })).toBe('{"a":[true,{"c":"x"}],"b":1}');
  });

  it('equal content gives equal bytes and equal image IDs, whatever the key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 })), (labels) => {
        const reversed = Object.fromEntries(Object.entries(labels).reverse());
        const a = serializeConfig({ ...config(), config: { Labels: labels } });
        const b = serializeConfig({ ...config(), config: { Labels: reversed } });
        expect(imageIdOf(a)).toBe(imageIdOf(b));
      }),
    );
  });

  it('the image ID is the sha256 of the config bytes', () => {
    const bytes = serializeConfig(config());
    expect(imageIdOf(bytes)).toBe(digestOf(bytes));
    expect(parseConfig(bytes)).toEqual(config());
  });

  it('any change of content changes the ID', () => {
    const other = { ...config(), rootfs: { type: 'layers' as const, diff_ids: [digestOf('b') as Digest] } };
    expect(imageIdOf(serializeConfig(other))).not.toBe(imageIdOf(serializeConfig(config())));
  });

  it('layerHistory pairs the non-empty history entries with their diff IDs', () => {
    expect(layerHistory(config())).toEqual([{ entry: config().history[0], diffId: diffA }]);
  });
});
