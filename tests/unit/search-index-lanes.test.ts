/**
 * The index build's lanes when Pagefind fails in a worker: the build fails with the worker's reason
 * and leaves no temp folder behind. Pagefind is made to fail through the binary path its npm module
 * reads from the environment (`PAGEFIND_EXTENDED_BINARY_PATH`); the site is three hand-written pages.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSearchIndex } from '../../scripts/lib/search-index-build.ts';

const saved = { TMPDIR: process.env['TMPDIR'], PAGEFIND_EXTENDED_BINARY_PATH: process.env['PAGEFIND_EXTENDED_BINARY_PATH'] };
let root = '';
let site = '';
let temp = '';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'search-lanes-'));
  site = join(root, 'site');
  for (const name of ['a', 'b', 'c']) {
    mkdirSync(join(site, name), { recursive: true });
    writeFileSync(join(site, name, 'index.html'), `<html lang="ko"><body><main data-pagefind-body><h1>${name}</h1><p>구청장 ${name}</p></main></body></html>`);
  }
  // The build's temp folders go here (os.tmpdir() reads TMPDIR), so the test sees all of them.
  temp = join(root, 'tmp');
  mkdirSync(temp);
  process.env['TMPDIR'] = temp;
});

/** A shell script standing in for the Pagefind binary. */
function script(body: string): string {
  const path = join(root, 'fake-pagefind');
  writeFileSync(path, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return path;
}

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(root, { recursive: true, force: true });
});

test.each([
  // The worker's createIndex rejects, and the worker ends with an `error` event.
  ['a Pagefind that cannot start', () => join(root, 'no-such-pagefind'), /Pagefind failed on the shard for .*\(Pagefind backend closed\)/u],
  // A process that reads its first byte and ends: the worker's loop runs dry without an answer.
  ['a Pagefind that ends without answering', () => script('head -c 1 > /dev/null'), /Pagefind failed on the shard for .*\(exit code \d+, no answer\)/u],
])('%s fails the index build (two lanes, three shards) and leaves no temp folder', async (_, binary, reason) => {
  process.env['PAGEFIND_EXTENDED_BINARY_PATH'] = binary();
  await expect(buildSearchIndex({ siteDir: site, outputPath: join(root, 'out'), shardPages: 1, lanes: 2 })).rejects.toThrow(reason);
  expect(readdirSync(temp)).toEqual([]);
});

test('the same site indexes with Pagefind found as usual', async () => {
  const built = await buildSearchIndex({ siteDir: site, outputPath: join(root, 'out'), shardPages: 1, lanes: 2 });
  expect(built).toMatchObject({ pages: 3, shards: 3, lanes: 2, errors: [] });
  expect(readdirSync(join(root, 'out')).sort()).toContain('shard-2');
  expect(readdirSync(temp)).toEqual([]);
});
