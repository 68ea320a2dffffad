import { expect, test } from 'vitest';
import { layersFromHistory } from '../../../src/sim/scene/facts.ts';

test('layersFromHistory pairs the entries that made layers (sized, or empty RUN/COPY but never ENV/CMD) with the RootFS diff IDs, oldest first', () => {
  const history = [
    { CreatedBy: 'CMD ["cat", "/x"]', Size: 0 },
    { CreatedBy: 'COPY . /app', Size: 58 },
    { CreatedBy: 'RUN touch /empty', Size: 0 },
    { CreatedBy: 'ENV A=1', Size: 0 },
    { CreatedBy: 'ADD rootfs.tar /', Size: 7_000_000 },
  ];
  expect(layersFromHistory(['sha256:base', 'sha256:touch', 'sha256:copy'], history)).toEqual([
    { diffId: 'sha256:base', size: 7_000_000, createdBy: 'ADD rootfs.tar /' },
    { diffId: 'sha256:touch', size: 0, createdBy: 'RUN touch /empty' },
    { diffId: 'sha256:copy', size: 58, createdBy: 'COPY . /app' },
  ]);
});
