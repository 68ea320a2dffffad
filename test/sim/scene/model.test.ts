import { describe, expect, test } from 'vitest';
import { SceneModel } from '../../../src/sim/scene/model.ts';
import type { SceneEvent } from '../../../src/sim/scene/scene-events.ts';

/** A day of events: containers come and go, images get tagged. */
function events(): SceneEvent[] {
  const list: SceneEvent[] = [];
  for (let i = 0; i < 100; i++) {
    list.push({ type: 'image.tag', imageId: `sha256:${i % 7}`, reference: `app:v${i}` });
    list.push({ type: 'container.create', id: `c${i}`, name: `c${i}`, image: `app:v${i}` });
    list.push({ type: 'container.state', id: `c${i}`, to: 'running', at: i * 1000 });
    if (i % 3 === 0) list.push({ type: 'container.destroy', id: `c${i - 3}` });
  }
  return list;
}

function modelWith(interval: number): SceneModel {
  const model = new SceneModel(interval);
  events().forEach((event, i) => model.record(i + 1, [event]));
  return model;
}

describe('SceneModel', () => {
  test('gives the same scene at every point whether it replays from a checkpoint or from the start', () => {
    const checkpointed = modelWith(8);
    const fromStart = modelWith(100_000);
    for (const seq of [0, 1, 7, 8, 9, 63, 64, 65, 200, 333]) {
      expect(checkpointed.at(seq, 500_000)).toEqual(fromStart.at(seq, 500_000));
    }
  });

  test('stepping back after stepping forward gives the earlier scene again', () => {
    const model = modelWith(16);
    const early = model.at(10, 0);
    model.at(300, 0);
    expect(model.at(10, 0)).toEqual(early);
  });

  test('compacting old events into the base keeps every later scene the same', () => {
    const model = modelWith(8);
    const before = [150, 200, 333].map((seq) => model.at(seq, 0));
    model.compact(150);
    expect([150, 200, 333].map((seq) => model.at(seq, 0))).toEqual(before);
  });

  test('joins in image facts that arrive after the image was tagged', () => {
    const model = modelWith(8);
    expect(model.at(1, 0).images[0]).toEqual({ id: 'sha256:0', tags: ['app:v0'], layers: [], size: 0 });
    model.images.set('sha256:0', { id: 'sha256:0', size: 5, layers: [{ diffId: 'sha256:d', size: 5, createdBy: 'COPY . /' }] });
    expect(model.at(1, 0).images[0].layers).toEqual([{ diffId: 'sha256:d', size: 5, createdBy: 'COPY . /' }]);
  });

  test('a tag moves to the image it was last given', () => {
    const model = new SceneModel();
    model.record(1, [{ type: 'image.tag', imageId: 'sha256:a', reference: 'app:latest' }]);
    model.record(2, [{ type: 'image.tag', imageId: 'sha256:b', reference: 'app:latest' }]);
    expect(model.at(2, 0).images.map((i) => [i.id, i.tags])).toEqual([
      ['sha256:a', []],
      ['sha256:b', ['app:latest']],
    ]);
  });
});
