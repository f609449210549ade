/**
 * A vitest reporter that ends the run with one plain line, `Tests: N passed, N failed, N skipped`,
 * after the default reporter's colourful summary: a line CI tooling reads without parsing ANSI.
 * A file whose setup (`beforeAll`) or import failed counts as failed, with how many of its tests
 * that kept from running, so the line never reads `0 failed` for a run that failed.
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly SerializedError[] = []): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const brokenFiles: string[] = [];
    for (const module of testModules) {
      const failedBefore = counts.failed;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
      // Failed with no failed test: an import, a hook or a suite failed before its tests ran.
      if (module.state() === 'failed' && counts.failed === failedBefore) brokenFiles.push(module.moduleId);
    }
    const broken = brokenFiles.length ? `; ${brokenFiles.length} file(s) failed outside a test` : '';
    const unhandled = unhandledErrors.length ? `; ${unhandledErrors.length} unhandled error(s)` : '';
    process.stdout.write(`\nTests: ${counts.passed} passed, ${counts.failed + brokenFiles.length} failed, ${counts.skipped} skipped${broken}${unhandled}\n`);
  }
}
