/**
 * A progress bar on stderr for long runs. On a terminal it redraws one line (at most ten times a
 * second); in a log (CI, a pipe) it writes a line every 10%, so logs stay short and readable.
 */

/** A progress reporter: call `update` as work is done and `end` once. */
export interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

/** Options of `createProgress`. */
export interface ProgressOptions {
  /** Where to draw; default `process.stderr`. */
  readonly stream?: NodeJS.WriteStream;
  /** Fewer items than this draw nothing; default 200. */
  readonly minTotal?: number;
  /** What is counted; default `files`. */
  readonly unit?: string;
}

/**
 * Makes a progress reporter.
 * @param label Shown before the bar, e.g. `ingest`.
 * @param options See `ProgressOptions`.
 */
export function createProgress(label: string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const minTotal = options.minTotal ?? 200;
  const unit = options.unit ?? 'files';
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  let lastStep = -1;
  let drawn = false;

  const line = (done: number, total: number) => {
    const ratio = total ? done / total : 1;
    const width = 30;
    const filled = Math.round(ratio * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    return `${label} ${bar} ${String(Math.floor(ratio * 100)).padStart(3)}% ${done}/${total} ${unit}`;
  };

  return {
    update(done, total) {
      if (total < minTotal) return;
      if (tty) {
        const now = performance.now();
        if (done < total && now - lastDraw < 100) return;
        lastDraw = now;
        stream.write(`\r${line(done, total)}`);
        drawn = true;
      } else {
        const step = Math.floor((done / total) * 10);
        if (step === lastStep) return;
        lastStep = step;
        stream.write(`${line(done, total)}\n`);
      }
    },
    end() {
      if (drawn) stream.write('\n');
    },
  };
}
