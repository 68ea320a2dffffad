// Lint enforces the architecture of DESIGN.md: ui → diagrams → sim → engine, one way,
// and an engine that is pure (no DOM, no UI libraries, no real time or randomness).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const uiLibraries = ['svelte', 'svelte/*', 'd3', 'd3-*', 'xstate', '@xstate/*', '@xterm/*', 'codemirror', '@codemirror/*'];
const layer = (name) => [`**/${name}`, `**/${name}/**`];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/golden/', '.ci/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'The engine never learns that a UI exists.' },
            { group: [...layer('sim'), ...layer('ui'), ...layer('diagrams')], message: 'Dependencies point one way: ui → diagrams → sim → engine.' },
            { group: ['node:*'], message: 'The engine runs unchanged in the browser: no Node modules.' },
          ],
          paths: ['fs', 'path', 'http', 'os', 'child_process', 'crypto'].map((name) => ({ name, message: 'The engine runs unchanged in the browser: no Node modules.' })),
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'process', 'setTimeout', 'setInterval'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator (engine/util/rng).' },
        { object: 'Date', property: 'now', message: 'Use the injected clock (engine/util/clock).' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use the injected clock (engine/util/clock).' },
      ],
    },
  },
  {
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...layer('ui'), ...layer('diagrams'), 'svelte', 'svelte/*', 'd3', 'd3-*'], message: 'sim depends only on the engine.' }] }],
    },
  },
  {
    files: ['src/diagrams/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...layer('ui'), '**/engine', '**/engine/**', 'svelte', 'svelte/*'], message: 'Diagrams are pure functions of sim trace state.' }] }],
    },
  },
);
