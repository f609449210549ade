import { describe, expect, test } from 'vitest';
import { floorMarkdown } from '../../scripts/lib/bench-project.ts';
import {
  benchJson,
  checkBars,
  formatBars,
  formatTable,
  ratioOf,
  type BenchResult,
  type BuildFigures,
} from '../../scripts/lib/bench-report.ts';

const MIB = 1024 * 1024;

const ours: BuildFigures = {
  ingestSeconds: 4,
  articles: 10_000,
  astroSeconds: 30.456,
  pagefindSeconds: 5.5,
  totalSeconds: 39.956,
  peakRssMiB: 2100.6,
  peakRssBoundMiB: 2250,
  pages: 10_412,
  distBytes: 512 * MIB,
  indexBytes: 40.25 * MIB,
};
const floor: BuildFigures = {
  articles: 10_000,
  astroSeconds: 26,
  pagefindSeconds: 4,
  totalSeconds: 30,
  peakRssMiB: 1900,
  peakRssBoundMiB: 1950,
  pages: 10_000,
  distBytes: 300 * MIB,
  indexBytes: 30 * MIB,
};
const result: BenchResult = {
  articles: 10_000,
  ours,
  floor,
  load: { before: 1.5, after: 2.25, cores: 2 },
  maxSampleGapMs: 140,
};

describe('ratioOf', () => {
  test.each([
    [39.956, 30, 1.3318666666666668],
    [1, 0, Number.NaN],
  ])('%d ÷ %d is %d', (a, b, expected) => {
    expect(ratioOf(a, b)).toBe(expected);
  });
});

describe('benchJson', () => {
  test('has exactly the keys of issue 6, numbers only, rounded', () => {
    expect(benchJson(result)).toEqual({
      articles: 10_000,
      ingest_per_s: 2500,
      build_s: 30.46,
      pagefind_s: 5.5,
      total_s: 39.96,
      peak_rss_mb: 2101,
      pages: 10_412,
      floor_total_s: 30,
      ratio: 1.332,
    });
  });
});

describe('formatTable', () => {
  const lines = formatTable(result).split('\n');

  test.each([
    ['ingest articles/s', ['2500', '–', '–']],
    ['total s', ['39.96', '30.00', '1.33×']],
    ['peak RSS MiB', ['2101', '1900', '1.11×']],
    ['  bound (Σ VmHWM)', ['2250', '1950', '1.15×']],
    ['pages', ['10412', '10000', '1.04×']],
    ['dist MiB', ['512.0', '300.0', '1.71×']],
    ['index MiB', ['40.3', '30.0', '1.34×']],
  ])('the %s row shows ours, floor and the ratio', (label, cells) => {
    const row = lines.find((line) => line.startsWith(`${label} `));
    expect(row?.slice(label.length).trim().split(/\s+/)).toEqual(cells);
  });

  test('columns line up under their headers', () => {
    const header = lines[0]!;
    const total = lines.find((line) => line.startsWith('total s'))!;
    expect(total.length).toBe(header.length);
  });

  test('ends with the load it was measured under', () => {
    expect(lines.at(-1)).toBe(
      'load average (1 min) 1.50 before, 2.25 after, on 2 cores; longest gap between RSS samples 140 ms',
    );
  });
});

describe('checkBars', () => {
  test('a run inside every bar meets them all', () => {
    expect(formatBars(checkBars(result, 600))).toBe(
      [
        '✓ total ≤ 1.5× floor (1.33×)',
        '✓ peak RSS ≤ 3 GB (2250 MiB)',
        '✓ ingest ≥ 2,000 articles/s (2500/s)',
        '✓ bench ≤ 25 min (10.0 min)',
      ].join('\n'),
    );
  });

  test.each([
    ['total over 1.5× the floor', { totalSeconds: 45.1 }, 'total ≤ 1.5× floor'],
    ['3 GB read as 10⁹ bytes, so 2,900 MiB is over', { peakRssMiB: 2900 }, 'peak RSS ≤ 3 GB'],
    ['a VmHWM bound over 3 GB fails even when the samples missed the peak', { peakRssBoundMiB: 2900 }, 'peak RSS ≤ 3 GB'],
    ['ingest under 2,000 articles/s', { ingestSeconds: 5.1 }, 'ingest ≥ 2,000 articles/s'],
  ])('fails only the bar it breaks: %s', (_case, change, bar) => {
    const failed = checkBars({ ...result, ours: { ...ours, ...change } }, 600).filter((c) => !c.met);
    expect(failed.map((c) => c.bar)).toEqual([bar]);
  });

  test('a bench over 25 minutes fails that bar', () => {
    expect(checkBars(result, 25 * 60 + 1).find((c) => !c.met)?.bar).toBe('bench ≤ 25 min');
  });
});

describe('floorMarkdown', () => {
  test.each([
    ['plain title', '서초구, 스마트쉼터 운영', '\n본문 첫 줄\n', '---\ntitle: "서초구, 스마트쉼터 운영"\n---\n\n본문 첫 줄\n'],
    [
      'quotes and a colon in the title stay one YAML string',
      '"우수기관" 선정: 강동구',
      '본문',
      '---\ntitle: "\\"우수기관\\" 선정: 강동구"\n---\n\n본문',
    ],
  ])('%s', (_case, title, body, expected) => {
    expect(floorMarkdown(title, body)).toBe(expected);
  });
});
