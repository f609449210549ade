/**
 * Bylines: who wrote the article and for which outlet. Korean outlets sign in a handful of
 * fixed forms, at the start of the first paragraph or at the very end:
 *   `[아시아경제 한가람 기자]`, `[헤럴드경제=박병국 기자]`, `(서울=연합뉴스) 윤고은 기자 =`,
 *   `【서울=뉴시스】홍길동 기자 =`, `[파이낸셜뉴스]`, `박아람 기자|2024/12/30 11:20`,
 *   `홍혜정 기자 jukebox@seoul.co.kr`, `/홍길동 기자`.
 */
import { OUTLET_BY_EMAIL_DOMAIN, OUTLET_NAME_ENDING } from './korean/outlets.ts';
import { looksLikeName } from './korean/names.ts';

/** A byline found in one paragraph. */
export interface BylineMatch {
  readonly outlet: string | null;
  readonly reporter: string | null;
  /** The byline exactly as written in the paragraph (removed from the text later stages read). */
  readonly text: string;
  /** True when the byline is the whole paragraph. */
  readonly whole: boolean;
}

// `기자`, `선임기자`, `특파원` …: the title after a reporter's name.
const TITLE = '(?:(?:선임|수석|전문|객원|인턴|수습|사진|영상|취재)?\\s?기자|특파원|통신원|리포터)';
const NAME = '([가-힣]{2,4})';
const NAMES = `${NAME}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4})*`;

/** Bylines that open a paragraph, tried in order. */
const OPENING: readonly RegExp[] = [
  // [아시아경제 한가람 기자]  [헤럴드경제=박병국 기자]  [데일리안 = 홍길동 기자]
  new RegExp(`^[\\[【]\\s*([^\\]】=]*?[^\\s\\]】=])(?:\\s*=\\s*|\\s+)${NAMES}\\s*${TITLE}\\s*[\\]】]\\s*=?\\s*`),
  // (서울=연합뉴스) 윤고은 기자 =   【서울=뉴시스】홍길동 기자 =   [서울=뉴스1] 홍길동 기자 =
  new RegExp(`^[(\\[【]\\s*[가-힣]{1,6}\\s*=\\s*([^)\\]】]+?)\\s*[)\\]】]\\s*${NAMES}\\s*${TITLE}\\s*=\\s*`),
  // (서울=연합뉴스) (no reporter)
  /^[(\[【]\s*[가-힣]{1,6}\s*=\s*([^)\]】]+?)\s*[)\]】]\s*/,
  // 홍길동 기자 = 서울 서초구는 …
  new RegExp(`^()${NAMES}\\s*${TITLE}\\s*=\\s*`),
];

// 박아람 기자|2024/12/30 11:20  or  박아람 기자 (a paragraph of its own).
const OWN_LINE = new RegExp(`^${NAMES}\\s*${TITLE}\\s*(?:[|ㅣ│].*|\\s*\\d{4}[./-].*)?$`);
// … 홍혜정 기자 jukebox@seoul.co.kr  |  /홍길동 기자  |  글·사진=홍길동 기자
const CLOSING = new RegExp(
  `(?:^|\\s|/\\s*|(?:글|사진|영상)(?:\\s*[·ㆍ]\\s*(?:글|사진|영상))?\\s*=\\s*)${NAMES}\\s*${TITLE}\\s*(?:\\(?\\s*([\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+))\\s*\\)?)?\\s*$`,
);

function outletFrom(raw: string | undefined): string | null {
  const text = raw?.trim();
  return text ? text : null;
}

function reporterFrom(raw: string | undefined): string | null {
  return raw && looksLikeName(raw) ? raw : null;
}

/**
 * Finds a byline at the start of a paragraph (`[아시아경제 한가람 기자] 서초구는 …`).
 * @param text A paragraph's text.
 * @returns The byline, or null when the paragraph does not open with one.
 */
export function bylineAtStart(text: string): BylineMatch | null {
  const own = OWN_LINE.exec(text);
  if (own && reporterFrom(own[1])) return { outlet: null, reporter: own[1]!, text, whole: true };
  for (const re of OPENING) {
    const m = re.exec(text);
    if (!m) continue;
    const reporter = reporterFrom(m[2]);
    if (m[2] !== undefined && !reporter) continue;
    const match = m[0].trimEnd();
    return { outlet: outletFrom(m[1]), reporter, text: match, whole: match === text };
  }
  const outletOnly = /^[\[【]([^\]】\s]{2,12})[\]】]\s*/.exec(text);
  if (outletOnly && OUTLET_NAME_ENDING.test(outletOnly[1]!)) {
    const match = outletOnly[0].trimEnd();
    return { outlet: outletOnly[1]!, reporter: null, text: match, whole: match === text };
  }
  return null;
}

/**
 * Finds a byline closing the article (`… 말했다. 홍혜정 기자 jukebox@seoul.co.kr`, `/홍길동 기자`).
 * @param text The last paragraph(s)' text.
 * @returns The byline (outlet from a known e-mail domain), or null.
 */
export function bylineAtEnd(text: string): BylineMatch | null {
  const m = CLOSING.exec(text);
  if (!m) return null;
  const reporter = reporterFrom(m[1]);
  if (!reporter) return null;
  // A sentence ending in `… 기자` (`… 밝혔다고 김 기자`) is text, not a byline: a byline follows a stop
  // or stands alone, and is short.
  const before = text.slice(0, m.index).trimEnd();
  const signed = /^\s?(?:\/|[가-힣]+\s*[·ㆍ=])/.test(m[0]);
  if (before && !signed && !/[.!?”"’'…)\]다]$/.test(before)) return null;
  const domain = m[3]?.toLowerCase();
  const outlet = domain ? (OUTLET_BY_EMAIL_DOMAIN[domain] ?? OUTLET_BY_EMAIL_DOMAIN[domain.replace(/^[^.]+\./, '')] ?? null) : null;
  const match = text.slice(m.index + (/^[\s]/.test(m[0]) ? 1 : 0)).trim();
  return { outlet, reporter, text: match, whole: match === text.trim() };
}
