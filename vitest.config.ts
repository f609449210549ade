import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/summary-reporter.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', new SummaryReporter()],
    // e2e suites build a site once and drive Chromium: give them room.
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
