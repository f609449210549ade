/**
 * Valid HTML (issue 5): html-validate, with the project's .htmlvalidate.json, over every page of a
 * site built under /archive/ from the sample articles and the hostile corpus (scripts, entities,
 * RTL marks, control characters in the text). 0 errors.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { ROOT, buildSite, htmlFiles, ingestTo, removeSite, type BuiltSite } from './utils.ts';
import { samplesAndHostileRaw } from './hardening-utils.ts';

describe('html-validate over every built page', () => {
  let raw = '';
  let articles = '';
  let site: BuiltSite | undefined;

  beforeAll(async () => {
    raw = samplesAndHostileRaw();
    articles = await ingestTo(raw);
    site = await buildSite({ articles, base: '/archive/' });
  });
  afterAll(() => {
    removeSite(site);
    for (const dir of [raw, join(articles, '..')]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the configuration keeps the recommended rules and turns off only what it says why for', () => {
    const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
    expect(config.extends).toEqual(['html-validate:recommended']);
    expect(Object.keys(config.rules ?? {}).sort()).toEqual(['aria-label-misuse', 'long-title']);
  });

  test('every page has 0 errors', { timeout: 300_000 }, async () => {
    const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const files = htmlFiles(site!.dist);
    // Home, 404, search, review, districts, awards, programs, months, and one page per article.
    expect(files.length).toBeGreaterThan(150);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${relative(site!.dist, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
