import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests have their own config (vitest.browser.config.ts): `npm test` runs both.
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    environment: 'node',
    testTimeout: 20000,
  },
});
