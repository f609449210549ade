import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { normaliseProgram, type GoldFile } from '../../scripts/lib/gold-score.ts';

// The rules must come from how Korean news is written, not from the seed articles: no program or
// person named in gold.json may appear in the source (compared without spaces, quotes, brackets).
const ROOT = resolve(import.meta.dirname, '../..');
const GOLD = resolve(ROOT, '../shared/seeds/gold.json');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('src/ holds no name from the seeds’ gold labels', () => {
  if (!existsSync(GOLD)) {
    test.skip(`skipped: ${GOLD} is absent (the seeds live in ../shared beside the repository)`, () => {});
    return;
  }
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as GoldFile;
  const names = new Set<string>();
  for (const a of gold.articles) {
    if (a.reporter) names.add(a.reporter);
    for (const s of a.stories) {
      if (s.head) names.add(s.head);
      for (const p of [...s.programs, ...(s.programs_ok ?? [])]) names.add(normaliseProgram(p));
    }
  }
  const sources = filesUnder(join(ROOT, 'src')).map((path) => ({
    path: relative(ROOT, path),
    text: normaliseProgram(readFileSync(path, 'utf8')),
  }));

  test('gold.json yields names to look for', () => {
    expect(names.size).toBeGreaterThan(20);
  });

  test('no file under src/ contains one', () => {
    const found = sources.flatMap(({ path, text }) => [...names].filter((n) => text.includes(n)).map((n) => `${path}: ${n}`));
    expect(found).toEqual([]);
  });
});
