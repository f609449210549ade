import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // e2e suites build a site once and drive Chromium: give them room.
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
