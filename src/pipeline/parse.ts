/**
 * Parsing: an article's text becomes a `ParsedArticle` (date, headline, byline, paragraphs and
 * the paragraphs that are web residue). `parseSeedText` reads the `.txt` seed format; `parseBody`
 * is the shared core the `.md` and `.jsonl` readers call with their own metadata.
 */
import { isCalendarDate } from './schema.ts';
import type { IngestMessage } from './schema.ts';
import type { ParsedArticle, Paragraph, Result } from './types.ts';
import { EmptyBody, ImpossibleDate, MissingDateLine, report } from './messages.ts';
import { splitParagraphs } from './paragraphs.ts';
import { findResidue } from './residue.ts';
import { bylineAtEnd, bylineAtStart, outletFromCopyright, soleCopyrightHolder, type BylineMatch } from './byline.ts';

/** Metadata a container format (frontmatter, a JSON line) gives next to the body. */
export interface BodyMeta {
  readonly date: string;
  readonly title: string;
  readonly outlet?: string | null;
  readonly reporter?: string | null;
  readonly sourceUrl?: string | null;
}

// ` date 2022-02 headline` (leading space optional; the headline may be empty).
const DATE_LINE = /^\s*date\s+(\S+)(?:\s+(.*))?$/i;

// LF line ends, as decodeBytes already gives: the regex runs only where a CR is left (a test's text,
// a body read from JSON), not over every article twice.
const toLf = (text: string) => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

/**
 * Parses the `.txt` seed format: a first line ` date YYYY-MM[-DD] <headline>`, a blank line,
 * then paragraphs.
 * @param text The decoded file (LF line ends).
 * @param source Path relative to content/raw, for messages.
 * @returns The article, or null with an error message (no date line, impossible date, empty body).
 */
export function parseSeedText(text: string, source: string): Result<ParsedArticle> {
  const clean = toLf(text.replace(/^\uFEFF/, ''));
  const newline = clean.indexOf('\n');
  const first = newline === -1 ? clean : clean.slice(0, newline);
  const m = DATE_LINE.exec(first);
  if (!m) {
    return { value: null, messages: [report(MissingDateLine, { file: source, line: 1 }, first.trim())] };
  }
  const body = newline === -1 ? '' : clean.slice(newline + 1);
  return parseBody(body, { date: m[1]!, title: (m[2] ?? '').trim() }, 2, source, 1);
}

/**
 * Parses an article body with its metadata: checks the date, splits paragraphs, finds the byline
 * (outlet and reporter; values in `meta` win) and the web residue.
 * @param body The article text (LF line ends), without header line or frontmatter.
 * @param meta Date (`YYYY-MM` or `YYYY-MM-DD`), headline and what the container knows.
 * @param bodyLine 1-based line in the source file where `body` starts.
 * @param source Path relative to content/raw, for messages.
 * @param dateLine 1-based line holding the date, for its message; default `bodyLine`.
 * @returns The article, or null with an error message (impossible date, empty body).
 */
export function parseBody(
  body: string,
  meta: BodyMeta,
  bodyLine: number,
  source: string,
  dateLine: number = bodyLine,
): Result<ParsedArticle> {
  const messages: IngestMessage[] = [];
  const date = meta.date.trim();
  if (!/^\d{4}-\d{2}(?:-\d{2})?$/.test(date) || !isCalendarDate(date)) {
    messages.push(report(ImpossibleDate, { file: source, line: dateLine }, date));
  }
  const paragraphs = splitParagraphs(toLf(body));
  if (paragraphs.length === 0) messages.push(report(EmptyBody, { file: source, line: bodyLine }));
  if (messages.length > 0) return { value: null, messages };

  // With no headline, the first paragraph stands in for it (and is not then taken for a repeat).
  const title = meta.title.trim() || paragraphs[0]!.text;
  const residue = findResidue(paragraphs, meta.title.trim());
  const found = findByline(paragraphs, residue);
  for (const i of found?.wholeParagraphs ?? []) residue.add(i);
  return {
    value: {
      date,
      title,
      outlet: meta.outlet?.trim() || found?.outlet || null,
      reporter: meta.reporter?.trim() || found?.reporter || null,
      sourceUrl: meta.sourceUrl?.trim() || null,
      body,
      bodyLine,
      paragraphs,
      residue,
      byline: found && found.paragraph >= 0 ? { paragraph: found.paragraph, text: found.match.text } : null,
    },
    messages,
  };
}

/** How many article paragraphs (residue aside) from either end may hold the byline. */
const BYLINE_REACH = 3;

/** The byline that locates the text to skip, and the outlet and reporter read from all evidence. */
interface FoundByline {
  readonly paragraph: number;
  readonly match: BylineMatch;
  readonly outlet: string | null;
  readonly reporter: string | null;
  /** Paragraphs that are nothing but a byline (the chosen one or another), kept out of stories. */
  readonly wholeParagraphs: readonly number[];
}

/**
 * The byline: at the start of one of the first article paragraphs (menus and time stamps may come
 * before it), else at the end of one of the last ones (copyright lines and sidebars may follow).
 * Pages often sign twice and each signature tells part of the story (a photo caption opening
 * `[서울=뉴시스]`, then `[서울=뉴시스] 한은비 기자 =`; `[파이낸셜뉴스]` at the top and `장서연 기자 …@…`
 * at the foot), so every candidate is read: the first one naming a reporter locates the byline,
 * and an outlet or reporter it lacks comes from the others, then from the copyright line.
 */
function findByline(paragraphs: readonly Paragraph[], residue: ReadonlySet<number>): FoundByline | null {
  const found: { paragraph: number; match: BylineMatch }[] = [];
  let seen = 0;
  for (const p of paragraphs) {
    const match = bylineAtStart(p.text);
    if (match) found.push({ paragraph: p.index, match });
    // A paragraph that is only a byline (a reporter's page heading) is not article text either, nor is a
    // short line without a sentence's ending: a masthead, a release's subtitle (`- 오는 30일까지 … 모집`), a
    // reporter's follow button (`하종민 기자  구독`).
    if (!residue.has(p.index) && !match?.whole && !isShortLine(p.text) && ++seen >= BYLINE_REACH) break;
  }
  // A signature at the top naming both outlet and reporter needs nothing from the foot.
  const complete = found.some((f) => f.match.outlet && f.match.reporter);
  seen = 0;
  for (let i = complete ? -1 : paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    // A paragraph signed at its start may still be signed at its foot when it is the whole body.
    const match = found.some((f) => f.paragraph === p.index && f.match.whole) ? null : bylineAtEnd(p.text);
    if (match) found.push({ paragraph: p.index, match });
    if (!residue.has(p.index) && ++seen >= BYLINE_REACH) break;
  }
  // A list page signs each teaser; signed by several reporters, it has no one reporter. The signed
  // lines matter only when no byline names a reporter, the first that does is such a line, or it
  // opens one of several teasers (`[시민일보=박소영 기자] 광진구가 …` … `[시민일보=고영민 기자] 마포구는 …`).
  const named = found.find((f) => f.match.reporter);
  const teasers = teaserBylines(paragraphs);
  const sameOutlet = teasers.filter((f) => f.match.outlet === named?.match.outlet && !CREDIT_OUTLET.test(f.match.outlet ?? ''));
  const byTeaser = new Set(sameOutlet.map((f) => f.match.reporter)).size > 1 && sameOutlet.some((f) => f.paragraph === named?.paragraph);
  if (!named || named.match.whole || byTeaser) {
    const signed = [...signedLines(paragraphs, []), ...(byTeaser ? sameOutlet : [])];
    const several = new Set(signed.map((f) => f.match.reporter)).size > 1;
    const unsigned = (f: { paragraph: number; match: BylineMatch }) => (several ? { ...f, match: { ...f.match, reporter: null } } : f);
    for (const [i, f] of found.entries()) if (signed.some((g) => g.paragraph === f.paragraph)) found[i] = unsigned(f);
    if (!found.some((f) => f.match.reporter)) found.push(...signed.filter((f) => !found.some((g) => g.paragraph === f.paragraph)).map(unsigned));
  }
  const first = found.find((f) => f.match.reporter) ?? found[0];
  const outlet = first?.match.outlet ?? found.find((f) => f.match.outlet)?.match.outlet ?? copyrightOutlet(paragraphs, residue);
  if (!first) return outlet ? { paragraph: -1, match: { outlet, reporter: null, text: '', whole: false }, outlet, reporter: null, wholeParagraphs: [] } : null;
  // `[파이낸셜뉴스] 서울 …말했다.kjs@fnnews.com 정경수 기자` (a body whose breaks were lost): the reporter
  // signs at the foot, but the text to skip stays the opening outlet's bracket, read first.
  const located = found.find((f) => f.paragraph === first.paragraph) ?? first;
  return {
    ...located,
    outlet,
    reporter: first.match.reporter,
    wholeParagraphs: found.filter((f) => f.match.whole).map((f) => f.paragraph),
  };
}

const SHORT_LINE = 60;
const SENTENCE_END = /다[.!?”’"')\]]*\s*$/u;

function isShortLine(text: string): boolean {
  return text.length <= SHORT_LINE && !SENTENCE_END.test(text);
}

/**
 * Bylines standing alone anywhere in the text (`김서경 기자 | 2014.09.03 14:20`): a list page
 * signs every teaser in the middle of the page, beyond the reach of the top and foot searches.
 * A paragraph that is a name, a reporter's title and a time stamp is never prose, so it is taken
 * wherever it stands; read only when no other byline named a reporter.
 */
function signedLines(paragraphs: readonly Paragraph[], found: readonly { paragraph: number }[]): { paragraph: number; match: BylineMatch }[] {
  const out: { paragraph: number; match: BylineMatch }[] = [];
  for (const p of paragraphs) {
    if (p.text.length > 60 || !/\d{4}[./-]/.test(p.text) || found.some((f) => f.paragraph === p.index)) continue;
    const match = bylineAtStart(p.text);
    if (match?.whole && match.reporter) out.push({ paragraph: p.index, match });
  }
  return out;
}

/**
 * The bylines that open prose paragraphs anywhere in the text and name a reporter (`[시민일보=고영민
 * 기자] 마포구는 …`): a list page opens each teaser so. Only a paragraph with `기자` near its start is read.
 */
// `[사진=김철수 기자]`: a photo credit in brackets reads like an outlet's byline; it signs no teaser.
const CREDIT_OUTLET = /^(?:사진|영상|그래픽|글)$/u;

function teaserBylines(paragraphs: readonly Paragraph[]): { paragraph: number; match: BylineMatch }[] {
  const out: { paragraph: number; match: BylineMatch }[] = [];
  for (const p of paragraphs) {
    const at = p.text.indexOf('기자');
    if (at === -1 || at > 40) continue;
    const match = bylineAtStart(p.text);
    if (match?.reporter && !match.whole) out.push({ paragraph: p.index, match });
  }
  return out;
}

/**
 * The outlet named by a copyright line (residue), searched from the end, where pages put it; a holder of
 * one word that no outlet's name ends like counts when the page's masthead opens with it too
 * (`데일리그리드 | 뉴스 | 정치 | …` over `<저작권자 © 데일리그리드 무단전재 …>`).
 */
function copyrightOutlet(paragraphs: readonly Paragraph[], residue: ReadonlySet<number>): string | null {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    if (!residue.has(i)) continue;
    const outlet = outletFromCopyright(paragraphs[i]!.text);
    if (outlet) return outlet;
    const holder = soleCopyrightHolder(paragraphs[i]!.text);
    if (holder && paragraphs.slice(0, MASTHEAD_REACH).some((p) => residue.has(p.index) && p.text.startsWith(`${holder} |`))) return holder;
  }
  return null;
}

const MASTHEAD_REACH = 3;
