import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseProcStatus, readProcSnapshot, treeRssKiB, type ProcEntry } from '../../scripts/lib/bench-rss.ts';

/** A /proc/<pid>/status as Linux writes it, trimmed to the lines around the two we read. */
function statusText(name: string, ppid: number, rssKiB: number | null): string {
  return [
    `Name:\t${name}`,
    'State:\tS (sleeping)',
    `Pid:\t0`,
    `PPid:\t${ppid}`,
    'VmPeak:\t 9999999 kB',
    ...(rssKiB === null ? [] : [`VmRSS:\t  ${rssKiB} kB`]),
    'Threads:\t7',
    '',
  ].join('\n');
}

describe('parseProcStatus', () => {
  test.each([
    ['a node process', statusText('node', 812, 204800), { ppid: 812, rssKiB: 204800 }],
    ['a kernel thread without VmRSS counts as 0', statusText('kworker/0:1', 2, null), { ppid: 2, rssKiB: 0 }],
    ['VmPeak is not mistaken for VmRSS', 'PPid:\t1\nVmPeak:\t 500 kB\nVmRSS:\t 7 kB\n', { ppid: 1, rssKiB: 7 }],
    ['text that is not a status file', 'hello', null],
  ])('reads %s', (_case, text, expected) => {
    expect(parseProcStatus(text)).toEqual(expected);
  });
});

describe('treeRssKiB', () => {
  // 100 (bench) → 200 (astro) → 300 (a worker) → 301; 200 → 400 (pagefind); 500 is unrelated.
  const snapshot: ProcEntry[] = [
    { pid: 1, ppid: 0, rssKiB: 10_000 },
    { pid: 100, ppid: 1, rssKiB: 50_000 },
    { pid: 200, ppid: 100, rssKiB: 1_000 },
    { pid: 300, ppid: 200, rssKiB: 300 },
    { pid: 301, ppid: 300, rssKiB: 30 },
    { pid: 400, ppid: 200, rssKiB: 4 },
    { pid: 500, ppid: 1, rssKiB: 777_777 },
  ];

  test.each([
    ['a root with children and grandchildren sums them all', 200, 1_334],
    ['a middle process sums only its own subtree', 300, 330],
    ['a leaf is its own RSS', 400, 4],
    ['a root that has exited is 0', 999, 0],
  ])('%s', (_case, root, expected) => {
    expect(treeRssKiB(snapshot, root)).toBe(expected);
  });

  test('a parent cycle from a reused pid counts each process once', () => {
    const cycle: ProcEntry[] = [
      { pid: 10, ppid: 11, rssKiB: 1 },
      { pid: 11, ppid: 10, rssKiB: 2 },
    ];
    expect(treeRssKiB(cycle, 10)).toBe(3);
  });
});

describe('readProcSnapshot', () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-rss-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('reads numeric folders of a fake /proc and skips the rest', () => {
    const write = (name: string, text: string | null): void => {
      mkdirSync(join(root, name), { recursive: true });
      if (text !== null) writeFileSync(join(root, name, 'status'), text);
    };
    write('1', statusText('init', 0, 4000));
    write('42', statusText('node', 1, 123456));
    write('43', null); // exited between listing and reading: no status file
    write('self', statusText('bench', 1, 5)); // not a pid
    writeFileSync(join(root, 'meminfo'), 'MemTotal: 1 kB\n');

    const snapshot = readProcSnapshot(root).sort((a, b) => a.pid - b.pid);

    expect(snapshot).toEqual([
      { pid: 1, ppid: 0, rssKiB: 4000 },
      { pid: 42, ppid: 1, rssKiB: 123456 },
    ]);
    expect(treeRssKiB(snapshot, 1)).toBe(127456);
  });
});
