/** The engine's public surface is pinned: a change to it is a deliberate, reviewed change. */
import { expect, it } from 'vitest';
import * as engine from '../../src/engine/index.ts';

it('src/engine/index.ts exports exactly the engine boundary', () => {
  expect(Object.keys(engine).sort()).toMatchInlineSnapshot(`
    [
      "Daemon",
      "EngineError",
      "VirtualClock",
      "defaultStartTime",
    ]
  `);
});
