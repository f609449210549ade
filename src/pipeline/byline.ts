/**
 * Bylines: who wrote the article and for which outlet. Korean outlets sign in a handful of
 * fixed forms, at the start of the first paragraph or at the very end:
 *   `[아시아경제 한가람 기자]`, `[헤럴드경제=박병국 기자]`, `(서울=연합뉴스) 윤고은 기자 =`,
 *   `【서울=뉴시스】홍길동 기자 =`, `[파이낸셜뉴스]`, `박아람 기자|2024/12/30 11:20`,
 *   `홍혜정 기자 jukebox@seoul.co.kr`, `/홍길동 기자`, `뉴시스 한지수 기자 | 입력 …`,
 *   `아시아투데이 최은솔 기자 =`, `수원=정태호 기자 tho@hankyung.com`, and a broadcast's spoken
 *   sign-off `YTN 백승민[baeksm@ytn.co.kr]입니다.`
 */
import { BROADCASTERS, DESK_REGIONS, OUTLET_BY_EMAIL_DOMAIN, OUTLET_BY_LATIN_NAME, OUTLET_NAME_ENDING } from './korean/outlets.ts';
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
  // [더팩트ㅣ송지훈 기자] (a bar, often the vowel ㅣ, between outlet and reporter)
  new RegExp(`^[\\[【]\\s*([^\\]】=|ㅣ│]*?[^\\s\\]】=|ㅣ│])(?:\\s*[=|ㅣ│]\\s*|\\s+)${NAMES}\\s*${TITLE}\\s*[\\]】]\\s*=?\\s*`),
  // (서울=연합뉴스) 윤고은 기자 =   【서울=뉴시스】홍길동 기자 =   [서울=뉴스1] 홍길동 기자 =
  new RegExp(`^[(\\[【]\\s*[가-힣]{1,6}\\s*=\\s*([^)\\]】]+?)\\s*[)\\]】]\\s*${NAMES}\\s*${TITLE}\\s*=\\s*`),
  // (서울=연합뉴스) (no reporter)
  /^[(\[【]\s*[가-힣]{1,6}\s*=\s*([^)\]】]+?)\s*[)\]】]\s*/,
  // 홍길동 기자 = 서울 서초구는 …   아시아투데이 최은솔 기자 = 서울 중구는 … (the outlet checked below)
  new RegExp(`^(?:([가-힣A-Za-z0-9]{2,12})\\s+)?${NAMES}\\s*${TITLE}\\s*=\\s*`),
];
/** The opening form whose outlet word is free text, kept only when it reads as an outlet's name. */
const NAMED_BEFORE_REPORTER = OPENING[OPENING.length - 1]!;

// 박아람 기자|2024/12/30 11:20  or  박아람 기자 (a paragraph of its own), an outlet's name maybe before
// it (`뉴시스 한지수 기자 | 입력 2014.12.10 14:32`).
// `김하람 주간조선 기자` (a paragraph of its own): the reporter, then the outlet they write for.
const NAME_THEN_OUTLET = new RegExp(`^${NAME}\\s+([가-힣A-Za-z0-9]{2,12})\\s*${TITLE}$`);
const CREDIT_WORDS = String.raw`(?:글|사진|영상|대담|정리|취재)(?:\s*[·ㆍ]\s*(?:글|사진|영상|대담|정리|취재))?`;
const CREDIT = String.raw`${CREDIT_WORDS}\s*=\s*`;
const CREDIT_LABEL = new RegExp(`^${CREDIT_WORDS}$`, 'u');
// `대담·정리=오세린 기자` (an interview's credit line) too; `조세일보 / 이정민 기자 | 입력 : …` (a slash after the outlet).
const OWN_LINE = new RegExp(`^(?:([가-힣A-Za-z0-9]{2,12})(?:\\s*\/\\s*|\\s+))?(?:${CREDIT})?${NAMES}\\s*${TITLE}\\s*(?:[|ㅣ│].*|\\s*\\d{4}[./-].*)?$`);
// … 홍혜정 기자 jukebox@seoul.co.kr  |  /홍길동 기자  |  글·사진=홍길동 기자  |  수원=정태호 기자 (a desk,
// tried only where a `=` is written: the pattern is searched at every character of a last paragraph)
// |  인사이트 조은별 기자 · byul@insight.co.kr (a dot or bar may stand before the address)
const closing = (desk: boolean) => new RegExp(
  `(?:^|\\s|/\\s*|${CREDIT}${desk ? '|(?:^|\\s)[가-힣]{2,6}\\s?=\\s?' : ''})${NAMES}\\s*${TITLE}\\s*(?:[·|ㅣ│]\\s*)?(?:\\(?\\s*([\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+))\\s*\\)?)?\\s*$`,
);
const CLOSING = closing(false);
const CLOSING_WITH_DESK = closing(true);

// `skyseo@fnnews.com 서하늘 기자`: the address first, on a line of its own or glued after the last
// sentence's stop (`…말했다.skyseo@fnnews.com 서하늘 기자`, where the paragraph breaks were lost).
const MAIL_FIRST = new RegExp(`(?:^|(?<=[.!?”"’]))\\s*[\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+)\\s+${NAME}\\s*${TITLE}\\s*$`);

const REPORTER_AT_OUTLET = new RegExp(`(?:^|\\s)${NAME}\\s?${TITLE}\\s?@\\s?([가-힣A-Za-z0-9]{2,12})\\s*,?\\s*(?:[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)?\\s*$`, 'u');

// `[최은비 기자]`: a bracketed signature on a line of its own at the foot.
const BRACKETED_OWN_LINE = new RegExp(`^\\s*[\\[【]\\s*${NAME}\\s*${TITLE}\\s*[\\]】]\\s*$`);

// `글 최민정·사진 김영민 기자 mjchoi@…`: the writer and the photographer in one credit, the writer first.
const WRITER_THEN_PHOTOGRAPHER = new RegExp(
  `(?:^|\\s)글\\s*=?\\s*${NAME}(?:\\s*기자)?\\s*[·ㆍ,/]\\s*(?:사진|영상)\\s*=?\\s*[가-힣]{2,4}\\s*${TITLE}\\s*(?:\\(?\\s*[\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+)\\s*\\)?)?\\s*$`,
  'u',
);

// A photographer's or video credit closing a byline line; or the body that gave the pictures
// (`글 김민정 기자 mjkim@hani.co.kr, 사진 관악구 제공`).
const PHOTO_CREDIT = /\s+(?:사진|영상)\s*=\s*[가-힣]{2,4}\s*(?:기자)?\s*$|\s*[,·]\s*(?:사진|영상)\s*=?\s*[가-힣A-Za-z]{2,12}\s?제공\s*$/u;
// (`사진=조성민 기자`, `[사진=중랑구]`: the photographer or the body that gave the picture.)
const SIGNED_ACCOUNT = /(?:^|[\sl|ㅣ│])([가-힣]{2,4})\s?\([A-Za-z0-9_]{3,20}\)\s*$/u;
const PHOTO_CREDIT_LINE = /^\s*(?:(?:사진|영상|그래픽)\s*=\s*[가-힣]{2,4}\s*(?:기자)?|\[\s*(?:사진|영상|그래픽|자료)\s*=\s*[^\]]{1,20}\])\s*$/u;

// `YTN 백승민[baeksm@ytn.co.kr]입니다.`, `KBS 뉴스 홍길동입니다.`, `한국경제TV 김태윤입니다.`: a broadcast
// report's sign-off.
const SIGN_OFF = new RegExp(
  `(?:^|\\s)(${BROADCASTERS.join('|')}|[가-힣A-Za-z]{2,8}TV)(?:\\s?뉴스)?\\s+([가-힣]{2,4})\\s*(?:\\[[\\w.+-]+@[\\w.-]+\\])?\\s*입니다\\.?\\s*$`,
);

// What may follow `[내외뉴스통신]`: `정하늘 기자` alone or before `=`.
const AFTER_OUTLET = new RegExp(`^${NAMES}\\s*${TITLE}\\s*(?:=\\s*|$)`);
const SIGNED_AFTER_OUTLET = new RegExp(`^${NAME}\\s*${TITLE}\\s*=\\s`);

// `[파이낸셜뉴스]`, `【브레이크뉴스 서울】`: a bracket holding only an outlet's name, maybe with its desk's region.
const OUTLET_BRACKET = new RegExp(`^[\\[【]\\s*([^\\]】\\s,·]{2,12})(?:\\s*[,·]?\\s*(?:${DESK_REGIONS.join('|')}))?\\s*[\\]】]\\s*`);

// `브레이크뉴스 서울`, `뉴스프리존,서울`: an outlet followed by the region of the desk that filed the story.
const DESK_AFTER = new RegExp(`^(.+?)(?:\\s+|\\s*[,·]\\s*)(?:${DESK_REGIONS.join('|')})$`);

function outletFrom(raw: string | undefined): string | null {
  const text = raw?.trim();
  return text ? (DESK_AFTER.exec(text)?.[1] ?? text) : null;
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
  // A photographer's credit on a line of its own signs nothing (see bylineAtEnd).
  if (PHOTO_CREDIT_LINE.test(text)) return { outlet: null, reporter: null, text: text.trim(), whole: true };
  // `26.03.30 11:42l최종 업데이트 26.03.30 11:42l윤하람(haram_y)`: a stamp line signed with the writer's
  // name and account (a citizen reporter's page).
  const account = text.length <= 80 && /\d{2}[.:]\d{2}/u.test(text) ? SIGNED_ACCOUNT.exec(text) : null;
  if (account && reporterFrom(account[1])) return { outlet: null, reporter: account[1]!, text: text.trim(), whole: true };
  const own = OWN_LINE.exec(text);
  const ownOutlet = own?.[1];
  if (own && reporterFrom(own[2]) && (ownOutlet === undefined || OUTLET_NAME_ENDING.test(ownOutlet))) {
    const outlet = ownOutlet === undefined ? null : knownName(ownOutlet);
    return { outlet, reporter: own[2]!, text, whole: true };
  }
  const pair = NAME_THEN_OUTLET.exec(text);
  if (pair && reporterFrom(pair[1]) && isOutletName(pair[2]!)) return { outlet: knownName(pair[2]!), reporter: pair[1]!, text, whole: true };
  for (const re of OPENING) {
    const m = re.exec(text);
    if (!m) continue;
    const reporter = reporterFrom(m[2]);
    if (m[2] !== undefined && !reporter) continue;
    if (re === NAMED_BEFORE_REPORTER && m[1] !== undefined && !OUTLET_NAME_ENDING.test(m[1])) continue;
    const match = m[0].trimEnd();
    return { outlet: outletFrom(m[1]), reporter, text: match, whole: match === text };
  }
  // `한지우 기자 jiwoo@ajunews.com` on a line of its own under the headline: signed as at the foot.
  if (text.length <= 60 && text.includes('@')) {
    const signed = bylineAtEnd(text);
    if (signed?.whole && signed.reporter) return signed;
  }
  const outletOnly = OUTLET_BRACKET.exec(text);
  // (`[인사이트] 조은별 기자 = …`: a bracket followed by a reporter's `NAME 기자 =` is the outlet's, whatever its name.)
  if (outletOnly && (OUTLET_NAME_ENDING.test(outletOnly[1]!) || SIGNED_AFTER_OUTLET.test(text.slice(outletOnly[0].length)))) {
    // `[내외뉴스통신] 정하늘 기자 =`, `【브레이크뉴스 서울】 박정민 기자=`: the bracket names the outlet
    // (and maybe its desk) and the reporter follows it.
    const signed = AFTER_OUTLET.exec(text.slice(outletOnly[0].length));
    const reporter = signed ? reporterFrom(signed[1]) : null;
    const match = (reporter ? outletOnly[0] + signed![0] : outletOnly[0]).trimEnd();
    return { outlet: outletOnly[1]!, reporter, text: match, whole: match === text };
  }
  return null;
}

/**
 * Finds a byline closing the article (`… 말했다. 홍혜정 기자 jukebox@seoul.co.kr`, `/홍길동 기자`).
 * @param text The last paragraph(s)' text.
 * @returns The byline (outlet from a known e-mail domain), or null.
 */
export function bylineAtEnd(text: string): BylineMatch | null {
  // `사진=조성민 기자` on a line of its own, after the writer's `글=강지훈 기자 …`: a photographer's credit
  // signs nothing (and is no article text).
  if (PHOTO_CREDIT_LINE.test(text)) return { outlet: null, reporter: null, text: text.trim(), whole: true };
  // `글=김도현 기자 … 사진=박상욱 기자`: the writer is the reporter, not the photographer credited after.
  const credit = /글\s*=|제공\s*$/u.test(text) ? PHOTO_CREDIT.exec(text) : null;
  if (credit) {
    const writer = bylineAtEnd(text.slice(0, credit.index));
    return writer && { ...writer, text: text.slice(text.indexOf(writer.text)).trim() };
  }
  const pair = text.includes('글') ? WRITER_THEN_PHOTOGRAPHER.exec(text) : null;
  if (pair && reporterFrom(pair[1])) return signature(text, pair[0], pair[2] ? outletByDomain(pair[2].toLowerCase()) : null, pair[1]!);
  const voiced = SIGN_OFF.exec(text);
  if (voiced && reporterFrom(voiced[2])) return signature(text, voiced[0], voiced[1]!, voiced[2]!);
  // `김민수기자@전자신문, kms@etnews.co.kr`: the reporter at the outlet, then the address.
  const at = text.includes('@') ? REPORTER_AT_OUTLET.exec(text) : null;
  if (at && reporterFrom(at[1])) return signature(text, at[0], at[2]!, at[1]!);
  const mailed = text.includes('@') ? MAIL_FIRST.exec(text) : null;
  if (mailed && reporterFrom(mailed[2])) return signature(text, mailed[0], outletByDomain(mailed[1]!.toLowerCase()), mailed[2]!);
  const bracketed = BRACKETED_OWN_LINE.exec(text);
  if (bracketed && reporterFrom(bracketed[1])) return signature(text, bracketed[0], null, bracketed[1]!);
  const m = (text.includes('=') ? CLOSING_WITH_DESK : CLOSING).exec(text);
  if (!m) return null;
  const reporter = reporterFrom(m[1]);
  if (!reporter) return null;
  // A sentence ending in `… 기자` (`… 밝혔다고 김 기자`) is text, not a byline: a byline follows a stop
  // or stands alone, and is short.
  const before = text.slice(0, m.index).trimEnd();
  const signed = /^\s?(?:\/|[가-힣]+\s*[·ㆍ=])/.test(m[0]);
  // `경향신문 윤태오 기자 …`: a closing byline may name the outlet before the reporter.
  const named = OUTLET_NAME_ENDING.test(before) && /^[가-힣A-Za-z0-9]{2,12}$/.test(before) ? knownName(before) : null;
  // `안동 권오석 기자 kos@imaeil.com`: a bureau's place before the name, on a line with an address.
  const bureau = m[3] !== undefined && /^[가-힣]{2,4}$/u.test(before);
  // `글·사진 김재훈 기자 …`: a credit's label without its `=`.
  const credited = CREDIT_LABEL.test(before);
  if (before && !signed && !named && !bureau && !credited && !/[.!?”"’'…)\]다]$/.test(before)) return null;
  const domain = m[3]?.toLowerCase();
  const outlet = named ?? (domain ? outletByDomain(domain) : null);
  const start = named || credited ? 0 : m.index + (/^[\s]/.test(m[0]) ? 1 : 0);
  const match = text.slice(start).trim();
  return { outlet, reporter, text: match, whole: match === text.trim() };
}

/** A byline matched at the end of `text` as `written`. */
function signature(text: string, written: string, outlet: string | null, reporter: string): BylineMatch {
  const match = written.trim();
  return { outlet, reporter, text: match, whole: match === text.trim() };
}

/** True when a word reads as an outlet's name: a known one, or one ending as outlets' names do. */
function isOutletName(word: string): boolean {
  return OUTLET_NAME_ENDING.test(word) || KNOWN_OUTLETS.includes(word);
}

/** `CBS노컷뉴스` → `노컷뉴스`: the outlet by the name it is known by, when the word holds one. */
function knownName(word: string): string {
  return KNOWN_OUTLETS.find((o) => word.includes(o)) ?? word;
}

function outletByDomain(domain: string): string | null {
  return OUTLET_BY_EMAIL_DOMAIN[domain] ?? OUTLET_BY_EMAIL_DOMAIN[domain.replace(/^[^.]+\./, '')] ?? null;
}

// `<저작권자 © ‘…’ 머니투데이, 무단전재 …>`, `Copyright ⓒ 뉴스1. All rights reserved.`: the words after
// the copyright sign, up to the first stop, reprint notice or bracketed address (`ⓒ 경기일보(www.…)`).
const COPYRIGHT_HOLDER = /(?:ⓒ|©|\(c\))\s*(?:[‘'“"][^’'”"]*[’'”"]\s*)?([^,.<>\[\]&(]{2,40}?)(?=\s*(?:[,.<>\[\]&(]|무단|all\s+rights|$))/i;
const COPYRIGHT_SIGN = /ⓒ|©|\(c\)/i;
const SOLE_HOLDER = /^[가-힣]{2,10}$/u;

/**
 * The holder of a copyright line when it is one Hangul word (`저작권자 © 데일리그리드 무단전재 …`), whatever its name
 * ends in; the caller takes it for the outlet only when the page's masthead names it too.
 */
export function soleCopyrightHolder(text: string): string | null {
  if (text.length > 200 || !COPYRIGHT_SIGN.test(text)) return null;
  const holder = COPYRIGHT_HOLDER.exec(text)?.[1]?.trim() ?? '';
  return SOLE_HOLDER.test(holder) ? holder : null;
}
const KNOWN_OUTLETS = [...new Set(Object.values(OUTLET_BY_EMAIL_DOMAIN))].sort((a, b) => b.length - a.length);

/**
 * Reads the outlet from a copyright line (`ⓒ 서울신문 무단전재 및 재배포금지`,
 * `<저작권자ⓒ 공감언론 뉴시스통신사. …>`): outlets sign their pages so even where no byline names them.
 * @param text A paragraph's text.
 * @returns A known outlet the holder contains, else the holder's last word when it reads as an
 *   outlet name (`…일보`, `…뉴스통신`), else null.
 */
export function outletFromCopyright(text: string): string | null {
  if (text.length > 200 || !COPYRIGHT_SIGN.test(text)) return null;
  const holder = COPYRIGHT_HOLDER.exec(text)?.[1]?.trim();
  if (!holder) return null;
  const known = KNOWN_OUTLETS.find((o) => holder.includes(o));
  if (known) return known;
  const latin = /[A-Za-z][A-Za-z0-9]+/u.exec(holder)?.[0].toLowerCase();
  if (latin && OUTLET_BY_LATIN_NAME[latin]) return OUTLET_BY_LATIN_NAME[latin]!;
  // `Copyright © 2013 서울파이낸스`, `ⓒ 조선비즈 & Chosun.com`: a year before the name is the notice's.
  const words = holder.replace(/^(?:19|20)\d{2}\s+/u, '').split(/\s+/);
  const last = words.at(-1)!;
  return OUTLET_NAME_ENDING.test(last) ? last : null;
}
