import { tmpdir } from 'node:os';
import { describe, expect, test } from 'vitest';
import { runStep } from '../../scripts/lib/bench-run.ts';

/** A step running a one-line Node script. */
function nodeStep(script: string, extra: { timeoutMs?: number; rssLimitMiB?: number } = {}) {
  return { label: 'test step', command: process.execPath, args: ['-e', script], cwd: tmpdir(), ...extra };
}

describe('runStep', () => {
  test('returns the wall time, stdout and a sampled peak of a step that succeeds', async () => {
    const result = await runStep(nodeStep("setTimeout(() => console.log('작업 끝'), 300)"));
    expect(result.stdout).toBe('작업 끝\n');
    expect(result.seconds).toBeGreaterThanOrEqual(0.3);
    // A Node process holds tens of MiB; far less than a GiB.
    expect(result.rss.peakMiB).toBeGreaterThan(10);
    expect(result.rss.peakMiB).toBeLessThan(1024);
  });

  test('a failing step rejects with its exit code and last output', async () => {
    await expect(runStep(nodeStep("console.error('ARTICLES_DIR 없음'); process.exit(3)"))).rejects.toThrow(
      /test step exited with code 3 .*\n.*ARTICLES_DIR 없음/s,
    );
  });

  test('a step over its memory limit is stopped and says so', async () => {
    // Holds ~400 MiB of touched memory for up to 20 s; the limit is 200 MiB.
    const hog = 'const b = Buffer.alloc(400 * 1024 * 1024, 1); setTimeout(() => console.log(b.length), 20000)';
    await expect(runStep(nodeStep(hog, { rssLimitMiB: 200 }))).rejects.toThrow(
      /test step passed the memory limit of 200 MiB and was stopped/,
    );
  }, 15_000);

  test('a step over its time limit is stopped and says so', async () => {
    await expect(runStep(nodeStep('setTimeout(() => {}, 20000)', { timeoutMs: 300 }))).rejects.toThrow(
      /test step took longer than 0.3 s and was stopped/,
    );
  });
});
