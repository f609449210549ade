/**
 * Scoring extraction against reference labels (`../shared/seeds/gold.json`), as issue 2's bar
 * reads: every district story and no other; every program found (names compared without spaces,
 * quotes or brackets) with at most one extra per story beyond `programs_ok`; every award with
 * year, grade, streak and prize right; every date with start and end right; every head right;
 * article date, outlet and reporter right. Pure: the CLI (score-gold.ts) and the acceptance test
 * (tests/unit/gold.test.ts) both use it.
 */
import { parseSeedText } from '../../src/pipeline/parse.ts';
import { segmentByDistrict } from '../../src/pipeline/segment.ts';
import { extractStoryFacts } from '../../src/pipeline/extract/index.ts';

/** An award as gold.json and the pipeline both write it (evidence aside). */
export interface AwardLabel {
  readonly name: string;
  readonly year: number | null;
  readonly grade: string | null;
  readonly streak: number | null;
  readonly prize: string | null;
  readonly organizer?: string | null;
}

/** A date as gold.json and the pipeline both write it (evidence aside). */
export interface DateLabel {
  readonly text: string;
  readonly start: string;
  readonly end: string | null;
  readonly kind: string;
}

/** One story's labels (gold) or extraction. */
export interface StoryLabel {
  readonly district: string;
  readonly head: string | null;
  readonly programs: readonly string[];
  readonly programs_ok?: readonly string[];
  readonly awards: readonly AwardLabel[];
  readonly dates: readonly DateLabel[];
}

/** One article's labels (gold) or extraction. */
export interface ArticleLabel {
  readonly file: string;
  readonly date: string;
  readonly outlet: string | null;
  readonly reporter: string | null;
  readonly stories: readonly StoryLabel[];
}

/** gold.json. */
export interface GoldFile {
  readonly articles: readonly ArticleLabel[];
}

/** What differs in one story (or one article-level field), for the diff. */
export interface Finding {
  readonly where: string;
  /** `fail` breaks the bar; `note` is reported only. */
  readonly level: 'fail' | 'note';
  readonly text: string;
}

/** Counts over all articles. */
export interface Totals {
  storiesExpected: number;
  storiesFound: number;
  storiesExtra: number;
  programsExpected: number;
  programsFound: number;
  programsExtra: number;
  awardsExpected: number;
  awardsRight: number;
  datesExpected: number;
  datesRight: number;
  headsExpected: number;
  headsRight: number;
  articleFieldsExpected: number;
  articleFieldsRight: number;
}

/** The result of scoring. */
export interface Score {
  readonly pass: boolean;
  readonly findings: readonly Finding[];
  readonly totals: Totals;
}

/** Extras beyond `programs` and `programs_ok` a story may have before the bar fails. */
export const EXTRA_PROGRAMS_ALLOWED = 1;

/** A program name without spaces, quotes or brackets: how names compare. */
export function normaliseProgram(name: string): string {
  return name.replace(/[\s'"‘’“”「」『』()[\]{}<>〈〉《》【】]/g, '');
}

/**
 * Runs the pipeline on one `.txt` article and returns what it extracted, in gold's shape.
 * @param text The file's text.
 * @param file Its name (as gold.json lists it).
 */
export function extractForScoring(text: string, file: string): ArticleLabel | null {
  const parsed = parseSeedText(text, file).value;
  if (!parsed) return null;
  const stories = segmentByDistrict(parsed).map((segment): StoryLabel => {
    const facts = extractStoryFacts(parsed, segment);
    return {
      district: segment.district,
      head: facts.head,
      programs: facts.programs.map((p) => p.name),
      awards: facts.awards,
      dates: facts.dates,
    };
  });
  return { file, date: parsed.date, outlet: parsed.outlet, reporter: parsed.reporter, stories };
}

/**
 * Compares extractions with gold labels.
 * @param gold gold.json's articles.
 * @param got The pipeline's extraction per file (null where the file could not be parsed).
 */
export function scoreAgainstGold(gold: readonly ArticleLabel[], got: ReadonlyMap<string, ArticleLabel | null>): Score {
  const findings: Finding[] = [];
  const t: Totals = {
    storiesExpected: 0, storiesFound: 0, storiesExtra: 0, programsExpected: 0, programsFound: 0, programsExtra: 0,
    awardsExpected: 0, awardsRight: 0, datesExpected: 0, datesRight: 0, headsExpected: 0, headsRight: 0,
    articleFieldsExpected: 0, articleFieldsRight: 0,
  };
  for (const g of gold) {
    const a = got.get(g.file) ?? null;
    const fail = (where: string, text: string) => findings.push({ where: `${g.file} ${where}`.trim(), level: 'fail', text });
    const note = (where: string, text: string) => findings.push({ where: `${g.file} ${where}`.trim(), level: 'note', text });
    for (const field of ['date', 'outlet', 'reporter'] as const) {
      t.articleFieldsExpected++;
      if (a && a[field] === g[field]) t.articleFieldsRight++;
      else fail('', `${field}: expected ${show(g[field])}, got ${show(a?.[field])}`);
    }
    for (const gs of g.stories) {
      t.storiesExpected++;
      t.programsExpected += gs.programs.length;
      t.awardsExpected += gs.awards.length;
      t.datesExpected += gs.dates.length;
      t.headsExpected++;
      const s = a?.stories.find((x) => x.district === gs.district);
      if (!s) {
        fail(gs.district, 'story missing');
        continue;
      }
      t.storiesFound++;
      scoreStory(gs, s, t, (text) => fail(gs.district, text), (text) => note(gs.district, text));
    }
    for (const s of a?.stories ?? []) {
      if (!g.stories.some((gs) => gs.district === s.district)) {
        t.storiesExtra++;
        fail(s.district, `extra story (not a subject in gold): ${s.programs.length} programs`);
      }
    }
  }
  return { pass: !findings.some((f) => f.level === 'fail'), findings, totals: t };
}

function scoreStory(
  g: StoryLabel,
  s: StoryLabel,
  t: Totals,
  fail: (text: string) => void,
  note: (text: string) => void,
): void {
  if (s.head === g.head) t.headsRight++;
  else fail(`head: expected ${show(g.head)}, got ${show(s.head)}`);

  const found = new Set(s.programs.map(normaliseProgram));
  for (const p of g.programs) {
    if (found.has(normaliseProgram(p))) t.programsFound++;
    else fail(`program missing: ${p}`);
  }
  const allowed = new Set([...g.programs, ...(g.programs_ok ?? [])].map(normaliseProgram));
  const extras = s.programs.filter((p) => !allowed.has(normaliseProgram(p)));
  t.programsExtra += extras.length;
  if (extras.length > 0) {
    const text = `${extras.length} extra program(s): ${extras.join(' | ')}`;
    if (extras.length > EXTRA_PROGRAMS_ALLOWED) fail(text);
    else note(text);
  }

  const awards = [...s.awards];
  for (const ga of g.awards) {
    const i = awards.findIndex((x) => sameAward(ga, x));
    if (i === -1) {
      const close = awards.find((x) => x.year === ga.year || x.grade === ga.grade);
      fail(`award missing or wrong: expected ${showAward(ga)}${close ? `, closest ${showAward(close)}` : ''}`);
      continue;
    }
    t.awardsRight++;
    if (awards[i]!.organizer !== undefined && ga.organizer !== undefined && awards[i]!.organizer !== ga.organizer) {
      note(`award organizer: expected ${show(ga.organizer)}, got ${show(awards[i]!.organizer)}`);
    }
    awards.splice(i, 1);
  }
  for (const x of awards) note(`extra award: ${showAward(x)}`);

  const dates = [...s.dates];
  for (const gd of g.dates) {
    const i = dates.findIndex((x) => x.start === gd.start && x.end === gd.end && overlaps(x.text, gd.text));
    if (i === -1) {
      const close = dates.find((x) => overlaps(x.text, gd.text));
      fail(`date missing or wrong: expected ${showDate(gd)}${close ? `, got ${showDate(close)}` : ''}`);
      continue;
    }
    t.datesRight++;
    if (dates[i]!.kind !== gd.kind) note(`date kind: ${gd.text} expected ${gd.kind}, got ${dates[i]!.kind}`);
    dates.splice(i, 1);
  }
  for (const x of dates) note(`extra date: ${showDate(x)}`);
}

/** Same award: year, grade, streak and prize equal, names equal once spaces go (or one holds the other). */
function sameAward(g: AwardLabel, x: AwardLabel): boolean {
  const a = g.name.replace(/\s/g, '');
  const b = x.name.replace(/\s/g, '');
  return g.year === x.year && g.grade === x.grade && g.streak === x.streak && g.prize === x.prize && (a.includes(b) || b.includes(a));
}

function overlaps(a: string, b: string): boolean {
  const x = a.replace(/\s/g, '');
  const y = b.replace(/\s/g, '');
  return x.includes(y) || y.includes(x);
}

function show(v: unknown): string {
  return v === null || v === undefined ? 'null' : JSON.stringify(v);
}

function showAward(a: AwardLabel): string {
  return `${a.name} (year ${show(a.year)}, grade ${show(a.grade)}, streak ${show(a.streak)}, prize ${show(a.prize)})`;
}

function showDate(d: DateLabel): string {
  return `"${d.text}" ${d.start}${d.end ? `…${d.end}` : ''} ${d.kind}`;
}

/**
 * The readable report: per-story differences, then totals and whether the bar is met.
 * @param score A score from `scoreAgainstGold`.
 */
export function formatScore(score: Score): string {
  const t = score.totals;
  const lines = score.findings.map((f) => `${f.level === 'fail' ? '✗' : '·'} ${f.where}: ${f.text}`);
  const pct = (a: number, b: number) => `${a}/${b}`;
  lines.push(
    '',
    `stories   ${pct(t.storiesFound, t.storiesExpected)} found, ${t.storiesExtra} extra`,
    `programs  ${pct(t.programsFound, t.programsExpected)} found, ${t.programsExtra} extra (≤ ${EXTRA_PROGRAMS_ALLOWED} per story allowed)`,
    `awards    ${pct(t.awardsRight, t.awardsExpected)} right`,
    `dates     ${pct(t.datesRight, t.datesExpected)} right`,
    `heads     ${pct(t.headsRight, t.headsExpected)} right`,
    `article   ${pct(t.articleFieldsRight, t.articleFieldsExpected)} date/outlet/reporter right`,
    score.pass ? 'bar met' : 'bar NOT met',
  );
  return lines.join('\n');
}
