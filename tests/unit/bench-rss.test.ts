import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseProcStatus, readProcSnapshot, startRssSampler, treeRssKiB, type ProcEntry } from '../../scripts/lib/bench-rss.ts';

/** A /proc/<pid>/status as Linux writes it, trimmed to the lines around the two we read. */
function statusText(name: string, ppid: number, rssKiB: number | null, hwmKiB = rssKiB): string {
  return [
    `Name:\t${name}`,
    'State:\tS (sleeping)',
    `Pid:\t0`,
    `PPid:\t${ppid}`,
    'VmPeak:\t 9999999 kB',
    ...(hwmKiB === null ? [] : [`VmHWM:\t  ${hwmKiB} kB`]),
    ...(rssKiB === null ? [] : [`VmRSS:\t  ${rssKiB} kB`]),
    'Threads:\t7',
    '',
  ].join('\n');
}

describe('parseProcStatus', () => {
  test.each([
    ['a node process past its peak', statusText('node', 812, 204800, 512000), { ppid: 812, rssKiB: 204800, hwmKiB: 512000 }],
    ['a kernel thread without VmRSS counts as 0', statusText('kworker/0:1', 2, null), { ppid: 2, rssKiB: 0, hwmKiB: 0 }],
    ['VmPeak is not mistaken for VmRSS', 'PPid:\t1\nVmPeak:\t 500 kB\nVmRSS:\t 7 kB\n', { ppid: 1, rssKiB: 7, hwmKiB: 0 }],
    ['text that is not a status file', 'hello', null],
  ])('reads %s', (_case, text, expected) => {
    expect(parseProcStatus(text)).toEqual(expected);
  });
});

describe('treeRssKiB', () => {
  // 100 (bench) → 200 (astro) → 300 (a worker) → 301; 200 → 400 (pagefind); 500 is unrelated.
  const snapshot: ProcEntry[] = [
    { pid: 1, ppid: 0, rssKiB: 10_000, hwmKiB: 0 },
    { pid: 100, ppid: 1, rssKiB: 50_000, hwmKiB: 0 },
    { pid: 200, ppid: 100, rssKiB: 1_000, hwmKiB: 0 },
    { pid: 300, ppid: 200, rssKiB: 300, hwmKiB: 0 },
    { pid: 301, ppid: 300, rssKiB: 30, hwmKiB: 0 },
    { pid: 400, ppid: 200, rssKiB: 4, hwmKiB: 0 },
    { pid: 500, ppid: 1, rssKiB: 777_777, hwmKiB: 0 },
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
      { pid: 10, ppid: 11, rssKiB: 1, hwmKiB: 0 },
      { pid: 11, ppid: 10, rssKiB: 2, hwmKiB: 0 },
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
      { pid: 1, ppid: 0, rssKiB: 4000, hwmKiB: 4000 },
      { pid: 42, ppid: 1, rssKiB: 123456, hwmKiB: 123456 },
    ]);
    expect(treeRssKiB(snapshot, 1)).toBe(127456);
  });
});

describe('startRssSampler', () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-sampler-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('reports the tree sum and the sum of per-process peaks of a fake /proc', () => {
    const write = (pid: number, text: string): void => {
      mkdirSync(join(root, String(pid)), { recursive: true });
      writeFileSync(join(root, String(pid), 'status'), text);
    };
    write(42, statusText('astro', 1, 1000, 5000)); // past a 5,000 KiB peak the samples never saw
    write(43, statusText('worker', 42, 24, 120));
    write(44, statusText('unrelated', 1, 999_999));

    const summary = startRssSampler(42, { procRoot: root, intervalMs: 10_000 }).stop();

    expect(summary.peakMiB).toBe(1024 / 1024);
    expect(summary.hwmSumMiB).toBe(5120 / 1024);
    expect(summary.samples).toBe(2);
  });

  test('does not add up the peaks of processes that ran one after the other', async () => {
    const seq = mkdtempSync(join(tmpdir(), 'bench-sampler-seq-'));
    const write = (pid: number, text: string): void => {
      mkdirSync(join(seq, String(pid)), { recursive: true });
      writeFileSync(join(seq, String(pid), 'status'), text);
    };
    write(50, statusText('node', 1, 300, 400));
    write(51, statusText('pagefind shard 0', 50, 2000, 2048));
    const sampler = startRssSampler(50, { procRoot: seq, intervalMs: 5 });
    await new Promise((resolve) => setTimeout(resolve, 40));
    rmSync(join(seq, '51'), { recursive: true }); // shard 0's process ends, shard 1's starts
    write(52, statusText('pagefind shard 1', 50, 1500, 1024));
    await new Promise((resolve) => setTimeout(resolve, 40));
    const summary = sampler.stop();
    rmSync(seq, { recursive: true, force: true });
    expect(summary.hwmSumMiB).toBe((400 + 2048) / 1024);
    expect(summary.peakMiB).toBe((300 + 2000) / 1024);
  });
});
