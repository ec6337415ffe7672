import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The policy rebuild and the end-to-end runs start real processes.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
