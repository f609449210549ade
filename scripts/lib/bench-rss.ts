/**
 * Peak memory of a whole process tree, the way the benchmark of issue 6 asks for it: the resident set
 * (VmRSS) of a process and all its descendants, summed, sampled every ≤ 200 ms from `/proc`.
 *
 * Summing a tree matters because `astro build` and `pagefind` start children (tsx re-spawns node,
 * the Pagefind runner spawns its native binary); the RSS of the top process alone would undercount.
 * Shared pages are counted once per process, as `ps` does, so the sum is an upper bound.
 * On a loaded machine a sample can come late; the kernel's own per-process peaks (`VmHWM`) of the
 * processes alive at a sample are summed too, so a peak that fell between two samples is still
 * bounded from above.
 *
 * The parsing and summing are pure (tested on a fake snapshot); `readProcSnapshot` reads a `/proc`-like
 * folder whose root is a parameter, so tests can point it at a fake one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One process as seen in `/proc/<pid>/status`. */
export interface ProcEntry {
  readonly pid: number;
  readonly ppid: number;
  /** Resident set size in KiB (`VmRSS`); 0 for kernel threads and zombies, which have none. */
  readonly rssKiB: number;
  /** The process's own peak resident set so far in KiB (`VmHWM`); 0 when absent. */
  readonly hwmKiB: number;
}

/**
 * Reads the parent pid, resident set size and peak resident set from the text of a
 * `/proc/<pid>/status` file. Takes the file's text; returns `{ ppid, rssKiB, hwmKiB }`, or null when
 * the text has no `PPid` line (not a status file). Missing `VmRSS`/`VmHWM` lines (kernel thread,
 * zombie) count as 0.
 */
export function parseProcStatus(text: string): { ppid: number; rssKiB: number; hwmKiB: number } | null {
  const ppid = /^PPid:\s*(\d+)/m.exec(text);
  if (!ppid) return null;
  const kib = (field: string): number => Number(new RegExp(`^${field}:\\s*(\\d+)\\s*kB`, 'm').exec(text)?.[1] ?? 0);
  return { ppid: Number(ppid[1]), rssKiB: kib('VmRSS'), hwmKiB: kib('VmHWM') };
}

/**
 * Finds `rootPid` and every descendant in a snapshot.
 * Takes the snapshot (every process at one moment) and the root pid; returns the tree's entries,
 * none when the root is not in the snapshot (it has exited). A pid is listed once even if the
 * snapshot were to hold a parent cycle (a pid reused between reads).
 */
export function processTree(snapshot: readonly ProcEntry[], rootPid: number): ProcEntry[] {
  const children = new Map<number, ProcEntry[]>();
  let root: ProcEntry | undefined;
  for (const entry of snapshot) {
    if (entry.pid === rootPid) root = entry;
    const siblings = children.get(entry.ppid);
    if (siblings) siblings.push(entry);
    else children.set(entry.ppid, [entry]);
  }
  if (!root) return [];
  const seen = new Map<number, ProcEntry>();
  const stack: ProcEntry[] = [root];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if (seen.has(entry.pid)) continue;
    seen.set(entry.pid, entry);
    stack.push(...(children.get(entry.pid) ?? []));
  }
  return [...seen.values()];
}

/**
 * Sums the resident set of `rootPid` and every descendant in a snapshot.
 * Takes the snapshot and the root pid; returns KiB, 0 when the root has exited.
 */
export function treeRssKiB(snapshot: readonly ProcEntry[], rootPid: number): number {
  return processTree(snapshot, rootPid).reduce((sum, entry) => sum + entry.rssKiB, 0);
}

/**
 * Reads every process of a `/proc`-like folder. Takes its root (default `/proc`); returns one entry
 * per numeric folder whose `status` could be read (a process may exit between listing and reading:
 * it is skipped, not an error).
 */
export function readProcSnapshot(procRoot = '/proc'): ProcEntry[] {
  const entries: ProcEntry[] = [];
  for (const name of readdirSync(procRoot)) {
    if (!/^\d+$/.test(name)) continue;
    let text: string;
    try {
      text = readFileSync(join(procRoot, name, 'status'), 'latin1');
    } catch {
      continue;
    }
    const parsed = parseProcStatus(text);
    if (parsed) entries.push({ pid: Number(name), ...parsed });
  }
  return entries;
}

/** What a sampler saw while it ran. */
export interface RssSummary {
  /** Highest tree sum seen, in MiB. */
  readonly peakMiB: number;
  /**
   * Highest sum, over one sample, of the own peaks (`VmHWM`) of the processes alive in the tree at
   * that sample, in MiB: an upper bound of the tree's peak that a late sample cannot miss (peaks of
   * processes alive together may not coincide). Processes that ran one after the other (a Pagefind
   * process per search shard) are not added together, since they never held memory at once.
   */
  readonly hwmSumMiB: number;
  readonly samples: number;
  /** Longest gap between two samples in ms: shows whether the ≤ 200 ms promise held under load. */
  readonly maxGapMs: number;
}

/**
 * Samples the tree under `rootPid` every `intervalMs` (default 100, so a busy machine still keeps
 * gaps under 200 ms) until `stop()` is called, calling `onSample` (if given) with each tree sum in
 * MiB. Takes the root pid and options; returns `{ stop }`, which takes one last sample and returns
 * the summary.
 */
export function startRssSampler(
  rootPid: number,
  options: { intervalMs?: number; procRoot?: string; onSample?: (treeMiB: number) => void } = {},
): { stop: () => RssSummary } {
  const { intervalMs = 100, procRoot = '/proc', onSample } = options;
  let peakKiB = 0;
  let boundKiB = 0;
  let samples = 0;
  let maxGapMs = 0;
  let last = performance.now();
  const sample = (): void => {
    const now = performance.now();
    if (samples > 0) maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
    samples += 1;
    const tree = processTree(readProcSnapshot(procRoot), rootPid);
    const treeKiB = tree.reduce((sum, entry) => sum + entry.rssKiB, 0);
    peakKiB = Math.max(peakKiB, treeKiB);
    onSample?.(treeKiB / 1024);
    boundKiB = Math.max(boundKiB, tree.reduce((sum, entry) => sum + Math.max(entry.hwmKiB, entry.rssKiB), 0));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { peakMiB: peakKiB / 1024, hwmSumMiB: boundKiB / 1024, samples, maxGapMs: Math.round(maxGapMs) };
    },
  };
}
