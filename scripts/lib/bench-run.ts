/**
 * Runs one benchmark step as a child process: wall time, peak memory of its whole process tree,
 * and the tail of its output for when it fails. File and process access, so it lives in scripts/.
 */
import { spawn } from 'node:child_process';
import { startRssSampler, type RssSummary } from './bench-rss.ts';

/** One step to run: a command, its arguments, where, with which extra environment. */
export interface StepSpec {
  /** Shown in progress lines and failures, e.g. `astro build`. */
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** Added to (and overriding) the bench's own environment. */
  readonly env?: Readonly<Record<string, string>>;
  /** Kill the step's process group after this many ms (default: no limit). */
  readonly timeoutMs?: number;
  /**
   * Kill the step's process group when its tree's RSS passes this many MiB (default: no limit), so
   * a build that would exhaust the machine's memory fails alone instead of waking the OOM killer
   * on whatever else runs there.
   */
  readonly rssLimitMiB?: number;
}

/** What one step cost. */
export interface StepResult {
  readonly label: string;
  readonly seconds: number;
  readonly rss: RssSummary;
  /** Everything the step printed on stdout (the ingest's and the generator's summaries live there). */
  readonly stdout: string;
}

/** Keep this much of stderr, so a failure can be shown without holding a 10k-line log. */
const STDERR_TAIL_CHARS = 4000;

/**
 * Runs a step to completion, sampling its process tree's RSS every 100 ms.
 * Takes the step; returns its result; throws (with the step's last stderr) when it exits non-zero,
 * is killed, or exceeds its timeout, so a broken build never yields a number.
 */
export function runStep(step: StepSpec): Promise<StepResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // detached: the child leads its own process group, so a timeout can end the whole tree.
    const child = spawn(step.command, step.args, {
      cwd: step.cwd,
      env: { ...process.env, ...step.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stoppedFor: string | undefined;
    const stopTree = (why: string): void => {
      if (stoppedFor !== undefined || child.pid === undefined) return;
      stoppedFor = why;
      process.kill(-child.pid, 'SIGKILL');
    };
    const limit = step.rssLimitMiB;
    const sampler = startRssSampler(child.pid ?? -1, {
      ...(limit === undefined
        ? {}
        : { onSample: (mib: number) => mib > limit && stopTree(`passed the memory limit of ${limit} MiB and was stopped`) }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL_CHARS);
    });
    const timer =
      step.timeoutMs === undefined
        ? undefined
        : setTimeout(() => stopTree(`took longer than ${(step.timeoutMs ?? 0) / 1000} s and was stopped`), step.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      sampler.stop();
      reject(new Error(`${step.label} could not start: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const rss = sampler.stop();
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) {
        resolve({ label: step.label, seconds, rss, stdout });
        return;
      }
      const why = stoppedFor ?? `exited with ${signal ?? `code ${code}`}`;
      const tail = (stderr.trim() || stdout.slice(-STDERR_TAIL_CHARS).trim()).split('\n').slice(-25).join('\n');
      const figures = `after ${seconds.toFixed(1)} s, peak ${Math.round(rss.peakMiB)} MiB`;
      reject(new Error(`${step.label} ${why} (${figures}, in ${step.cwd}). Its last output:\n${tail}`));
    });
  });
}
