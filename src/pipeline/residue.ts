/**
 * Web residue: the parts of a copied or scraped news page that are not the article (menus and
 * buttons, time stamps, copyright, photo captions, widgets, boxes of other headlines, a headline
 * repeated as the first paragraph). Residue paragraphs never join a story, so a sidebar headline
 * naming another district starts nothing.
 */
import type { Paragraph } from './types.ts';
import { districtByName, districtByShortName } from './korean/districts.ts';
import {
  CAPTION_CREDIT,
  CAPTION_START,
  COPYRIGHT,
  SIDEBAR_HEADING,
  TIMESTAMP,
  UI_WORDS,
  WIDGET,
} from './korean/residue-words.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const UI_LINE = new RegExp(`^(?:${[...UI_WORDS].sort((a, b) => b.length - a.length).map(escape).join('|')}|\\s)+$`, 'i');

// Korean sentences end in a final ending (`…다`, `…요`, `…죠`, `…까`, `…음`, `…함`) and maybe a stop
// and closing quotes or brackets.
const SENTENCE_END = /(?:[다요죠까음함됨임][.!?]?|[.!?])["”’'」』)\]]*$/;
const BULLET_START = /^[▲△◇◆■□○●•※☞▶▷\-–—·*①-⑳0-9]/;

// What every caption credit holds (see CAPTION_CREDIT): `제공`, `=`/`:` after 사진 or 자료, a slash
// before a wire, or AP/AFP. A plain test for them spares most paragraphs the credit's scan.
const CAPTION_HINT = /제공|[=:/]|AP|AFP/;
const isCaptionCredit = (tail: string) => CAPTION_HINT.test(tail) && CAPTION_CREDIT.test(tail);

/** True when `text` ends like a sentence (`…했다.`, `…말했다”`), not like a headline. */
export function endsSentence(text: string): boolean {
  // Only the end matters: testing the last characters spares scanning long paragraphs.
  return SENTENCE_END.test(text.trimEnd().slice(-12));
}

/** True when `text` is a teaser of a list page: a clause cut off with `…` or `...`. */
export function isTeaser(text: string): boolean {
  return text.length >= 30 && /(?:…|\.{2,})\s*$/.test(text.slice(-8));
}

/** True when `text` reads as a headline: short, no sentence ending, not a bullet item. */
export function isHeadlineLike(text: string): boolean {
  return text.length <= 80 && !endsSentence(text) && !isTeaser(text) && !BULLET_START.test(text);
}

/**
 * True when `text` is made only of buttons and menu items (spaces ignored: `본문 바로가기`), maybe with
 * their counters and bars (`| 댓글 0`, `좋아요 0 | 응원해요 0`).
 */
function isUiLine(text: string): boolean {
  if (text.length > 80) return false;
  const bare = text.replace(/\s+/gu, '');
  return UI_LINE.test(bare) || UI_LINE.test(bare.replace(/[|ㅣ│]+/gu, '').replace(/(?<=[가-힣])\d+/gu, ''));
}

/** True when a paragraph is boilerplate on its own, whatever surrounds it. */
export function isBoilerplate(text: string): boolean {
  if (isUiLine(text)) return true;
  if (text.length <= 120) {
    const stamped = text.replace(TIMESTAMP, ' ');
    // `[중앙일보] 입력 2009.06.30 00:21 | 수정 …`: the outlet's label in brackets before the stamps.
    const rest = stamped.replace(BRACKETED_LABEL, ' ').trim();
    if (stamped !== text && (rest === '' || isUiLine(rest))) return true;
    // `손태림 기자 | 2019-06-11 13:12`, `부산=최동진 기자 | …`: a list page's teaser signed and stamped.
    if (stamped !== text && SIGNED_STAMP.test(rest)) return true;
  }
  if (isCopyrightLine(text)) return true;
  if (text.length <= 40 && WIDGET.test(text)) return true;
  if (CAPTION_START.test(text) && !isPhotoNewsTitle(text)) return true;
  // `▲ 채윤호 중랑구청장이 … 청년들과 이야기를 나누고 있다.`: a photo's caption, one sentence of what it shows.
  // (Not a district's sentence: `▲노원구는 … 운영하고 있다`, `▲ 구는 … 받고 있다` are a list's items.)
  if (text.length <= 200 && SCENE_CAPTION.test(text) && !DISTRICT_TOPIC.test(text)) return true;
  // `21일 밤 … 자원봉사자들이 손전등을 들고 걷고 있다. 정지은기자`: a scene and the photographer's name.
  // (SIGNED_SCENE backtracks through its first 130 characters: only a text ending in 기자 can match.)
  if (text.length <= 160 && text.endsWith('기자') && SIGNED_SCENE.test(text)) return true;
  if (text.length <= 200 && isFieldBar(text)) return true;
  // `[스크랩] 출처: 브릿지경제 | 원문 바로가기`: a copied page's note of where it came from.
  if (text.length <= 100 && COPIED_FROM.test(text)) return true;
  if (text.length <= 220 && isCaptionCredit(text.slice(-60))) return true;
  // A tag, a bare link or e-mail address, a breadcrumb (`샘플뉴스 > 지역 > 서울`).
  return /^(?:<[^>]*>|https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[^.!?>]{1,30}(?:\s[>›»]\s[^.!?>]{1,30})+)$/.test(text);
}

// `[포토] 영등포구, 불꽃축제 앞두고 …안전점검`: a photo story's headline on a list page, in a teaser's form
// (the district and a comma), not a caption (`[포토] 배식 봉사하는 … 구청장`).
const PHOTO_NEWS_TITLE = /^\[\s*포토\s*\]\s*(([가-힣]{1,4}구?),\s[\s\S]*)$/u;

/** True when a `[포토]` line is a teaser's headline (short, no sentence ending, no credit): a photo story's title. */
function isPhotoNewsTitle(text: string): boolean {
  const m = PHOTO_NEWS_TITLE.exec(text);
  if (!m) return false;
  const rest = m[1]!.trim();
  const district = m[2]!;
  return Boolean(districtByName(district) ?? districtByShortName(district)) && isHeadlineLike(rest) && !CAPTION_HINT.test(rest);
}

/** True for a short copyright or reprint notice (`ⓒ 샘플뉴스 무단전재 및 재배포 금지`). */
function isCopyrightLine(text: string): boolean {
  return text.length <= 200 && COPYRIGHT.test(text);
}

const DISTRICT_TOPIC = /^▲\s?(?:\S+\s)?(?:[가-힣]{0,4}구|구청)(?:는|가|에서는|도)\s/u;
const NAMED_SIDEBAR_HEADING = /^[가-힣A-Za-z0-9]{2,10}\s(?:많이\s*본|인기|관련|추천|최신|주요)\s*(?:뉴스|기사)$/u;
const SIGNED_SCENE = /^[^.!?]{10,130}(?:고\s?있다|모습이다|모습\.)\.?\s[가-힣]{2,4}\s?기자$/u;
const SCENE_CAPTION = /^▲\s?[^▲.!?]{10,190}고\s?있다\.?\s*$/u;
const SIGNED_STAMP = /^(?:[가-힣]{1,6}\s?=\s?)?[가-힣]{2,4}\s?(?:기자|특파원)\s*[|·ㆍ/]?$/u;
const BRACKETED_LABEL = /\[[^\]\s]{1,12}\]/gu;
const COPIED_FROM = /^(?:\[\s*(?:스크랩|펌|공유)\s*\]|출처\s*[:：])/u;

/**
 * A masthead or info bar of short fields between `|` (`노원소식 | 2023년 5월호 (통권 제412호) | 발행:
 * 노원구청 홍보과 | 구독 신청 ☎ …`): three or more fields, none a sentence.
 */
function isFieldBar(text: string): boolean {
  const fields = fieldsOf(text);
  return fields.length >= 3 && fields.every((f) => f.length <= 60 && !endsSentence(f.trim()));
}

/** True when a row's first cell is a Seoul district's name, short or full (`종로 | …`, `노원구 | …`). */
function opensWithDistrict(text: string): boolean {
  const first = fieldsOf(text)[0]!.trim();
  return Boolean(districtByName(first) ?? districtByShortName(first));
}

/** True when a line is divided into three or more fields by `|` (a table's row, unless it is residue). */
export function hasFields(text: string): boolean {
  return fieldsOf(text).length >= 3;
}

/** A line's fields between ` | ` (a table's cells); the line itself when it has none. */
export function fieldsOf(text: string): string[] {
  return text.includes('|') || text.includes('｜') ? text.split(/\s[|｜]\s/u) : [text];
}

/**
 * The rows of a table written in the text (`구분 | 축제명 | 일정 | 장소`, then `종로 | 제9회 종로 한복 나들이 |
 * 10.5.~10.6. | 인사동 일대`, …): three or more lines in a row with the same number of fields (three or
 * more), two of them opening with a district. A masthead's bar of fields stands alone; a table's rows
 * are the article's data.
 */
function tableRows(paragraphs: readonly Paragraph[]): Set<number> {
  const rows = new Set<number>();
  let run: Paragraph[] = [];
  // (A page's footer or menu bars, `회사소개 | 광고문의 | …`, `주소 : … | 전화 : …`, are no table: two rows at
  // least open with a Seoul district, as a table by district does; and none comes after the copyright line.)
  const flush = () => {
    if (run.length >= 3 && run.filter((p) => opensWithDistrict(p.text)).length >= 2) for (const p of run) rows.add(p.index);
    run = [];
  };
  for (const p of paragraphs) {
    if (isCopyrightLine(p.text)) break;
    const n = fieldsOf(p.text).length;
    if (n < 3) flush();
    else {
      if (run.length > 0 && fieldsOf(run[0]!.text).length !== n) flush();
      run.push(p);
    }
  }
  flush();
  return rows;
}

/** Text reduced to Hangul, letters and digits, to compare a paragraph with the headline. */
function squash(text: string): string {
  return text.replace(/^\[[^\]]*\]/, '').replace(/[^가-힣A-Za-z0-9]/g, '');
}

/**
 * True when a line of tabs (`포토뉴스 | 많이 본 뉴스 | 댓글 많은 뉴스`) heads a box of headlines: one of its tabs is a
 * box's heading.
 */
function tabbedSidebar(text: string): boolean {
  if (!text.includes('|') || text.length > 80) return false;
  return text.split('|').some((tab) => SIDEBAR_HEADING.test(tab.trim()));
}

/**
 * Finds the residue paragraphs of an article.
 * @param paragraphs The body's paragraphs.
 * @param title The headline (a first paragraph repeating it is residue).
 * @returns The indices of residue paragraphs.
 */
export function findResidue(paragraphs: readonly Paragraph[], title: string): Set<number> {
  const residue = new Set<number>();
  const headline = squash(title);
  let inSidebar = false;
  let sawText = false;
  let sawCopyright = false;
  const table = paragraphs.some((p) => p.text.includes('|') || p.text.includes('｜')) ? tableRows(paragraphs) : new Set<number>();
  for (const p of paragraphs) {
    const text = p.text;
    if (table.has(p.index) && !inSidebar) {
      sawText = true;
      continue;
    }
    // `브릿지경제 추천 뉴스`, `매경 많이 본 뉴스` after the copyright line: the outlet's own box of headlines
    // (before the article, `자치뉴스 최신기사` is the page's section list).
    // (A line of tabs only below the article: a page's top navigation, `홈 | 전체기사 | … | 포토뉴스`, is a menu.)
    if (SIDEBAR_HEADING.test(text) || (sawCopyright && NAMED_SIDEBAR_HEADING.test(text)) || (sawText && tabbedSidebar(text))) {
      residue.add(p.index);
      inSidebar = true;
      continue;
    }
    if (isBoilerplate(text)) {
      residue.add(p.index);
      if (isCopyrightLine(text)) sawCopyright = true;
      continue;
    }
    // A box of other headlines runs until the article's own sentences resume.
    if (inSidebar) {
      if (endsSentence(text) && !isTeaser(text) && text.length > 60) inSidebar = false;
      else {
        residue.add(p.index);
        continue;
      }
    }
    // The headline repeated as the first paragraph, or a one-word section name above the article.
    if (!sawText) {
      const s = squash(text);
      if (headline.length >= 8 && s.length >= 8 && (headline.startsWith(s) || s === headline)) {
        residue.add(p.index);
        continue;
      }
      if (text.length <= 8 && !/\s/.test(text) && !endsSentence(text)) {
        residue.add(p.index);
        continue;
      }
    }
    if (endsSentence(text) || isTeaser(text)) sawText = true;
  }
  markHeadlineRuns(paragraphs.filter((p) => !table.has(p.index)), residue);
  return residue;
}

/**
 * Headlines with no box heading: a run of three or more headline-like lines, or any headline-like
 * lines after the article's last sentence (a list of links under the article).
 */
function markHeadlineRuns(paragraphs: readonly Paragraph[], residue: Set<number>): void {
  const open = paragraphs.filter((p) => !residue.has(p.index));
  let lastText = -1;
  open.forEach((p, i) => {
    if (!isHeadlineLike(p.text)) lastText = i;
  });
  for (let i = lastText + 1; i < open.length; i++) {
    if (lastText >= 0) residue.add(open[i]!.index);
  }
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 3) for (const i of run) residue.add(i);
    run = [];
  };
  for (const p of open) {
    if (isHeadlineLike(p.text)) run.push(p.index);
    else flush();
  }
  flush();
}
