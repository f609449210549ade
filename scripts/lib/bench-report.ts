/**
 * The benchmark's figures and how they are shown: the table with ratios, the numbers-only JSON of
 * issue 6, and the bars. Pure: no file or process access.
 */

/** What one build cost and produced. `ingest*` is absent for the floor, which has no ingest. */
export interface BuildFigures {
  readonly ingestSeconds?: number;
  /** Articles the ingest wrote (for ours) or the floor's `.md` files (for the floor). */
  readonly articles: number;
  readonly astroSeconds: number;
  readonly pagefindSeconds: number;
  /** Wall time of every step of the build, one after another. */
  readonly totalSeconds: number;
  /** Highest RSS of the whole process tree during any step, sampled, MiB. */
  readonly peakRssMiB: number;
  /**
   * Upper bound of the same peak that late samples cannot miss: per step, the sum of each process's
   * own kernel-tracked peak (`VmHWM`); the highest over the steps, MiB.
   */
  readonly peakRssBoundMiB: number;
  readonly pages: number;
  readonly distBytes: number;
  readonly indexBytes: number;
}

/** One run of the benchmark. */
export interface BenchResult {
  /** Articles asked of the corpus generator. */
  readonly articles: number;
  readonly ours: BuildFigures;
  readonly floor: BuildFigures;
  /** 1-minute load average before our build and after the floor's, and the core count. */
  readonly load: { readonly before: number; readonly after: number; readonly cores: number };
  /** Longest gap between two RSS samples in any step, ms (the issue asks for ≤ 200). */
  readonly maxSampleGapMs: number;
}

/** The JSON of `--json FILE`: numbers only, keys as issue 6 names them. */
export interface BenchJson {
  readonly articles: number;
  readonly ingest_per_s: number;
  readonly build_s: number;
  readonly pagefind_s: number;
  readonly total_s: number;
  readonly peak_rss_mb: number;
  readonly pages: number;
  readonly floor_total_s: number;
  readonly ratio: number;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * Divides, for ratios of figures that may be 0. Takes numerator and denominator; returns the
 * quotient, or NaN when the denominator is 0 (shown as "–", never as Infinity).
 */
export function ratioOf(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : Number.NaN;
}

/**
 * Articles per second of the ingest. Takes our build's figures; returns the rate (0 when unknown).
 */
export function ingestRate(ours: BuildFigures): number {
  return ours.ingestSeconds ? ours.articles / ours.ingestSeconds : 0;
}

/**
 * The numbers-only JSON of issue 6. Takes a result; returns the object (seconds to 2 decimals,
 * rates and ratio to 1 and 3, MiB whole), ready for `JSON.stringify`.
 */
export function benchJson(result: BenchResult): BenchJson {
  const { ours, floor } = result;
  return {
    articles: result.articles,
    ingest_per_s: round(ingestRate(ours), 1),
    build_s: round(ours.astroSeconds, 2),
    pagefind_s: round(ours.pagefindSeconds, 2),
    total_s: round(ours.totalSeconds, 2),
    peak_rss_mb: Math.round(ours.peakRssMiB),
    pages: ours.pages,
    floor_total_s: round(floor.totalSeconds, 2),
    ratio: round(ratioOf(ours.totalSeconds, floor.totalSeconds), 3),
  };
}

const MIB = 1024 * 1024;

/** One row of the table: a label and how to read it from a build (undefined shows as "–"). */
type Row = readonly [label: string, read: (b: BuildFigures) => number | undefined, digits: number];

const ROWS: readonly Row[] = [
  ['articles', (b) => b.articles, 0],
  ['ingest s', (b) => b.ingestSeconds, 2],
  ['ingest articles/s', (b) => (b.ingestSeconds ? ingestRate(b) : undefined), 0],
  ['astro build s', (b) => b.astroSeconds, 2],
  ['pagefind s', (b) => b.pagefindSeconds, 2],
  ['total s', (b) => b.totalSeconds, 2],
  ['peak RSS MiB', (b) => b.peakRssMiB, 0],
  ['  bound (Σ VmHWM)', (b) => b.peakRssBoundMiB, 0],
  ['pages', (b) => b.pages, 0],
  ['dist MiB', (b) => b.distBytes / MIB, 1],
  ['index MiB', (b) => b.indexBytes / MIB, 1],
];

function cell(value: number | undefined, digits: number): string {
  return value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
}

/**
 * The table printed at the end of a run: one row per figure, columns ours, floor and ours ÷ floor,
 * then the load it was measured under. Takes a result; returns the text (no trailing newline).
 */
export function formatTable(result: BenchResult): string {
  const lines = ROWS.map(([label, read, digits]) => {
    const ours = read(result.ours);
    const floor = read(result.floor);
    const ratio = ours === undefined || floor === undefined ? undefined : ratioOf(ours, floor);
    return [label, cell(ours, digits), cell(floor, digits), ratio === undefined ? '–' : `${cell(ratio, 2)}×`];
  });
  const header = ['', 'ours', 'floor', 'ours ÷ floor'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const render = (row: readonly string[]): string =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const { load } = result;
  return [
    render(header),
    ...lines.map(render),
    `load average (1 min) ${load.before.toFixed(2)} before, ${load.after.toFixed(2)} after, on ${load.cores} cores;` +
      ` longest gap between RSS samples ${result.maxSampleGapMs} ms`,
  ].join('\n');
}

/** One bar of issue 6 and whether this run meets it. */
export interface BarCheck {
  readonly bar: string;
  readonly value: string;
  readonly met: boolean;
}

/**
 * The bars of issue 6 that one run can judge: total ≤ 1.5× the floor and peak RSS ≤ 3 GB (judged
 * from 10,000 articles; smaller runs show them for information; memory is judged on the larger of
 * the sampled peak and its VmHWM bound, so a late sample cannot pass it), ingest ≥ 2,000
 * articles/s, bench time ≤ 25 minutes. Takes the result and the bench's wall time in seconds; returns one check per bar.
 */
export function checkBars(result: BenchResult, benchSeconds: number): BarCheck[] {
  const ratio = ratioOf(result.ours.totalSeconds, result.floor.totalSeconds);
  const rate = ingestRate(result.ours);
  const threeGB = 3e9 / MIB; // 3 GB read strictly as 10⁹ bytes: 2,861 MiB
  const peak = Math.max(result.ours.peakRssMiB, result.ours.peakRssBoundMiB);
  return [
    { bar: 'total ≤ 1.5× floor', value: `${cell(ratio, 2)}×`, met: ratio <= 1.5 },
    { bar: 'peak RSS ≤ 3 GB', value: `${Math.round(peak)} MiB`, met: peak <= threeGB },
    { bar: 'ingest ≥ 2,000 articles/s', value: `${Math.round(rate)}/s`, met: rate >= 2000 },
    { bar: 'bench ≤ 25 min', value: `${(benchSeconds / 60).toFixed(1)} min`, met: benchSeconds <= 25 * 60 },
  ];
}

/** The bar checks as lines `✓ bar (value)` / `✗ bar (value)`. Takes the checks; returns the text. */
export function formatBars(checks: readonly BarCheck[]): string {
  return checks.map((c) => `${c.met ? '✓' : '✗'} ${c.bar} (${c.value})`).join('\n');
}
