/**
 * Program (initiative) extraction for one district story: the named projects, policies,
 * ordinances, facilities, platforms, festivals and events the story is about. Three sources, read
 * in this order in each paragraph so each place is read once:
 * 1. quoted spans, judged in `program-quoted.ts` (a span coordinated with a name is a name too);
 * 2. bulleted items without a quoted name, whose name is the phrase at the item's end;
 * 3. bare names ending in a head noun, outside quotes, outside items already read, and outside
 *    the description written before a quoted name (`…을 모아 …을 줄인 ‘…센터’`).
 * Naming choices: a name is kept as written (quotes off, prefix kept); a trailing action noun
 * (`구축`, `운영`) is dropped from a quoted name only when what remains ends in a head noun
 * (`‘…예약시스템 구축’` → `…예약시스템`, `‘… 등굣길 조성’` stays), from a listed name always
 * (it is outside the name); a classifier `사업` after a thing's name is dropped (`안심 손잡이
 * 사업` → `안심 손잡이`) but kept after an activity (`폐현수막 재활용 사업`).
 */
import type { ProgramMention } from '../schema.ts';
import type { Paragraph } from '../types.ts';
import { sentenceAt, splitSentences } from '../korean/sentences.ts';
import { CLASSIFIERS, CATEGORY_NOUNS, HEADS, STRONG_HEADS } from '../korean/program-words.ts';
import { endsInVerbForm, trailingParticle } from '../korean/word-endings.ts';
import { programKey } from '../program-key.ts';
import { findBareNames } from './program-bare.ts';
import { findListItems, itemTailName, type ListItem } from './program-items.ts';
import { tableNames } from './program-table.ts';
import { hasFields } from '../residue.ts';
import { districtPrefix, endsWithAny, wordsOf } from './program-name.ts';
import { judgeQuoted, type QuotedVerdict } from './program-quoted.ts';
import { findQuotedSpans, type QuotedSpan } from './quoted-spans.ts';
import { belongsElsewhere, namedForOwn, othersPassageEnd, othersSentence, ownsSentence } from './program-owner.ts';

/**
 * Finds the programs of one district story.
 * @param paragraphs The story's paragraphs (byline removed); `index` is the article paragraph.
 * @param district The story's district (`서초구`): names differing only by its prefix are one.
 * @returns Each program once, in order of first mention, with that mention's evidence.
 */
export function extractPrograms(paragraphs: readonly Paragraph[], district: string): ProgramMention[] {
  const out: ProgramMention[] = [];
  const seen = new Set<string>();
  const others = new Map<string, boolean>();
  // Keys of names introduced as another district's or body's.
  const elsewhere = new Set<string>();
  // Per name in `out`: its key.
  const keys: string[] = [];
  // A table's rows give their names in its name column, and nothing else in them is read.
  const table = paragraphs.some((p) => hasFields(p.text));
  const rows = table ? tableNames(paragraphs) : [];
  for (const p of paragraphs) {
    // Computed when the paragraph names something: most names stand in a paragraph of the story's own.
    let othersEnd = -1;
    const found: readonly Found[] =
      table && hasFields(p.text) ? rows.filter((r) => r.paragraph === p).map(({ name, at }) => ({ name, at, quoted: true })) : programsInParagraph(p.text);
    for (const { name, at, quoted, ifTakenUp } of found) {
      const key = programKey(name, district);
      // `든든 밥상 사업` after `도봉 어르신 든든 밥상`: a classifier after the short name is not part of it.
      const bare = name.replace(TRAILING_CLASSIFIER, '');
      if (out.some((o) => isShortMention(name, o.name) || (bare !== name && isShortMention(bare, o.name)))) continue;
      // A heading's short name (`동작, … ‘마을방역단’ 가동`) before the story writes it in full
      // with the district's prefix (`‘동작 마을방역단’을 운영한다`), or quotes a fuller name of which
      // it was the end (`<서초 꿈나무 방과후 돌봄교실>`, `‘이음길’` then `‘창신 봉제 이음길’`): the full name
      // is kept. A bare phrase around a quoted name (`노량진 청년 창업 사다리 센터에`) is context, not a
      // fuller name.
      const shorter = out.findIndex(
        (o, i) =>
          o.name.length < name.length &&
          ((keys[i] === key && !districtPrefix(wordsOf(o.name)[0]!) && districtPrefix(wordsOf(name)[0]!)) ||
            (quoted && isShortMention(o.name, name))),
      );
      if (seen.has(key) && shorter === -1) continue;
      // A quoted phrase taken up by a one-syllable noun (`‘더 나은 삶’` … `삶은`) is a word, not a name.
      if (ifTakenUp && !takenUpLater(paragraphs, p, at, name, quoted ? 2 : 1)) continue;
      const sentence = sentenceAt(p.text, at);
      // A name the district's own name opens (`도봉 방과후 돌봄방`) is its own, whichever district the
      // sentence or paragraph is about; not when the city or another body runs it (belongsElsewhere).
      const own = namedForOwn(name, district);
      if (!own) {
        if (othersEnd === -1) othersEnd = othersPassageEnd(p.text, district);
        let other = others.get(sentence);
        if (other === undefined) others.set(sentence, (other = othersSentence(sentence, district)));
        if (at < othersEnd || other) elsewhere.add(key);
      }
      if (belongsElsewhere(p.text, at, name, district)) elsewhere.add(key);
      // Introduced as another's, a name stays theirs when the story takes it up again (`… 서비스의 반응도`), unless
      // the district itself is now the subject (`강북구는 ‘마음 쉼터’를 운영 중이다. 구는 올해 … ‘마음 쉼터’를 연다`).
      else if (elsewhere.has(key) && ownsSentence(sentence, district)) elsewhere.delete(key);
      if (elsewhere.has(key)) continue;
      seen.add(key);
      const mention: ProgramMention = { name, evidence: { paragraph: p.index, sentence } };
      const index = shorter === -1 ? out.length : shorter;
      out[index] = mention;
      keys[index] = key;
    }
  }
  return out;
}

/**
 * True when a venue named in full (`…을지로 골목상점가 활성화 지원센터에서 받는다`) or a quoted
 * phrase of no known kind (`‘찾아가는 건강버스’를 보내는 방안을`) is taken up afterwards as a sentence's
 * topic by its last word (`지원센터는 … 빈 점포를 고쳐 만든 곳으로`, `건강버스는 월 2회 …`): the story
 * is about that thing, not only held in it or quoting a phrase. `least` is the fewest characters the
 * topic must have.
 */
function takenUpLater(paragraphs: readonly Paragraph[], from: Paragraph, at: number, name: string, least: number): boolean {
  const words = wordsOf(name);
  const head = words.at(-1);
  if (!head || words.length < 2) return false;
  const start = paragraphs.indexOf(from);
  const compactName = name.replace(/\s+/gu, '');
  return paragraphs.slice(start).some((p, i) => {
    const text = i === 0 ? p.text.slice(at + name.length) : p.text;
    // Where the head word stands, whether a sentence opens with it, or with the name's last words
    // (`빨래 차량은`), as the topic.
    for (let k = text.indexOf(head); k !== -1; k = text.indexOf(head, k + 1)) {
      if (!TOPIC_PARTICLE.test(text.slice(k + head.length, k + head.length + 2))) continue;
      const opening = text.slice(0, k).search(SENTENCE_TAIL);
      const topic = opening === -1 ? '' : text.slice(opening, k).replace(/\s+/gu, '') + head;
      if (topic.length >= least && compactName.endsWith(topic)) return true;
    }
    return false;
  });
}

const TOPIC_PARTICLE = /^(?:은|는|이|가)\s/u;
// What a sentence's topic stands after: the paragraph start or a stop, then the topic's words
// (at most two: the name's last words).
const SENTENCE_TAIL = /(?<=^|[.!?]\s*)(?:[^\s.!?]+\s){0,2}$/u;

/**
 * True when `name` is a later, shorter mention of `full`: its last words (`책쉼터` after
 * `송파 호수 책쉼터`, `AI 민원비서` after `서대문 AI 민원비서`). News names an initiative in full once
 * and then shortens it from the front; the first full name is the one kept.
 */
function isShortMention(name: string, full: string): boolean {
  const words = wordsOf(full);
  const compact = name.replace(/\s+/gu, '');
  for (let k = 1; k < words.length; k++) {
    if (words.slice(k).join('') === compact) return true;
  }
  return false;
}

// A classifier that only says what kind the name is (`사업`, `프로그램`); a strong head after a name's last
// word (`등굣길 지킴이` after `성북 안심 등굣길`) names another thing.
const TRAILING_CLASSIFIER = new RegExp(`\\s(?:${CLASSIFIERS.filter((c) => !STRONG_HEADS.includes(c)).join('|')})$`, 'u');

/** A name found in a paragraph and the offset it starts at. */
interface Found {
  readonly name: string;
  readonly at: number;
  /** Found in quotes (a delimited name), not bare or as a list item's tail. */
  readonly quoted: boolean;
  /**
   * A place written as a venue, or a quoted phrase of no known kind: a name only when the story
   * takes it up afterwards as a sentence's topic.
   */
  readonly ifTakenUp?: true;
}

/**
 * The program names written in one paragraph, in order.
 * @param text A paragraph.
 */
export function programsInParagraph(text: string): Found[] {
  const spans = findQuotedSpans(text);
  const items = findListItems(text);
  const itemAt = (at: number) => items.find((i) => at >= i.start && at < i.end);
  const verdicts = spans.map((s) => {
    const item = itemAt(s.start);
    return judgeQuoted(text, s, item !== undefined && !item.categoryList);
  });
  promoteCoordinated(text, spans, verdicts);

  const found: Found[] = [];
  const sentenceStarts = spans.length > 0 ? splitSentences(text).map((s) => s.start) : [];
  // A paragraph that is one quotation from end to end (an interview's answer, `“마을입니다. … 만들었습니다.”`)
  // is the speaker's account of the district's work: its bare names are read like the text's.
  const whole = (s: QuotedSpan) => s.start === text.length - text.trimStart().length && s.end === text.trimEnd().length;
  // The regions already read, their start and end offsets one after the other (`[a0, b0, a1, b1, …]`):
  // `skip` runs at every head word, inlined in findBareNames, and an array of pairs (of changing
  // shapes) made V8 throw away and recompile that large function several times per run.
  const read: number[] = [];
  for (const s of spans) if (!whole(s)) read.push(s.start, s.end);
  const taken = new Set<ListItem>();
  spans.forEach((s, k) => {
    const v = verdicts[k]!;
    if (v.kind === 'maybe') found.push({ name: v.name, at: s.start + 1, quoted: true, ifTakenUp: true });
    if (v.kind !== 'name') return;
    found.push({ name: v.name, at: s.start + 1, quoted: true });
    const item = itemAt(s.start);
    if (item) taken.add(item);
    read.push(descriptionStart(text, s.start, sentenceStarts), s.start);
  });
  for (const item of items) {
    if (taken.has(item) || item.categoryList) continue;
    const tail = itemTailName(text.slice(item.start, item.end), item.heading);
    if (!tail) continue;
    found.push({ name: tail.name, at: item.start + tail.offset, quoted: false });
    taken.add(item);
  }
  for (const item of taken) read.push(item.start, item.end);
  // A list of categories (`일자리는 ▲… 도우미 ▲… 등 62개 유형이다`) names kinds: no bare name in it either.
  for (const item of items) if (item.categoryList) read.push(item.start, item.end);
  const skip = (at: number) => {
    for (let i = 0; i < read.length; i += 2) if (at >= read[i]! && at < read[i + 1]!) return true;
    return false;
  };
  for (const bare of findBareNames(text, skip)) {
    found.push(bare.venue ? { name: bare.name, at: bare.start, quoted: false, ifTakenUp: true } : { name: bare.name, at: bare.start, quoted: false });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Turns `maybe` spans into names when joined to a name (`‘마포주민마루’과 … ‘…’`, `‘…’, ‘…’`). */
function promoteCoordinated(text: string, spans: readonly QuotedSpan[], verdicts: QuotedVerdict[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < spans.length; k++) {
      const v = verdicts[k]!;
      if (v.kind !== 'maybe') continue;
      const joined = [k - 1, k + 1].some((j) => {
        if (verdicts[j]?.kind !== 'name') return false;
        const [a, b] = j < k ? [spans[j]!, spans[k]!] : [spans[k]!, spans[j]!];
        return isCoordination(text.slice(a.end, b.start));
      });
      if (joined) {
        verdicts[k] = { kind: 'name', name: v.name };
        changed = true;
      }
    }
  }
}

const CLASSIFIER_WORD = new RegExp(`^(?:${CLASSIFIERS.join('|')})?(?:과|와|및|,|이나|또는)?$`, 'u');

// `‘…’와 주민 제안을 예산에 반영하는 ‘…’`: 과/와, then a clause describing the next name, ending in
// its adnominal verb (`반영하는`, `문을 연`, `새로 만든`).
const JOINED_DESCRIBED = /^\s?(?:과|와)\s[^.,!?‘’“”'"「」]{1,40}?(?:하는|되는|[가-힣][는은]|[한된연운든린인])\s?$/u;

/**
 * True when the text between two quotes only joins them: `과`, `, `, `및`, descriptor nouns, or
 * 과/와 and a clause describing the second.
 */
function isCoordination(gap: string): boolean {
  if (JOINED_DESCRIBED.test(gap)) return true;
  const m = /^\s?(?:과|와|및|,|·|ㆍ|이나|또는|\s(?:및|또는))/u.exec(gap) ?? /^\s?\S+?(?:과|와|,)\s/u.exec(gap);
  if (!m) return false;
  const first = m[0].trim();
  if (first.length > 2 && !CLASSIFIER_WORD.test(first)) return false;
  return wordsOf(gap.slice(m[0].length)).every((w) => !trailingParticle(w) && !endsInVerbForm(w) && w.length <= 12);
}

/**
 * Where the description of a quoted name begins: `…을 모아 …을 줄인 ‘…’` describes the name
 * from the last comma, bullet or sentence start; nothing is described when the word before the
 * quote neither ends a clause nor names a category.
 */
function descriptionStart(text: string, quote: number, sentenceStarts: readonly number[]): number {
  // Only the quote's own sentence is read: slicing from the paragraph start for every quote made
  // a long one-paragraph article (a scraped page without line breaks) quadratic.
  const sentence = lastAtOrBefore(sentenceStarts, quote);
  const before = text.slice(sentence, quote).trimEnd();
  const lastWord = before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t')) + 1);
  if (!lastWord || !(endsInVerbForm(lastWord) || endsWithAny(lastWord, CATEGORY_NOUNS))) return quote;
  let stop = Math.max(before.lastIndexOf(','), before.search(/[▲△◇◆■□○●•※][^▲△◇◆■□○●•※]*$/u));
  // `…마포구치매지원센터를 중심으로 … 돕는 ‘…’`: an adverbial phrase of the main clause closes before
  // the description; what stands before it is the sentence's own (a bare name there is read).
  for (const m of before.matchAll(MAIN_CLAUSE_LINK)) stop = Math.max(stop, m.index + m[0].length - 1);
  // `…교육하는 광진 주민참여예산학교와 … 투표하는 ‘…’`: a name joined to the quoted one by 과/와 is
  // the sentence's other object, not part of the quote's description (a bare name there is read).
  for (const m of before.matchAll(JOINED_NAME)) stop = Math.max(stop, m.index + m[0].length - 1);
  return sentence + stop + 1;
}

const MAIN_CLAUSE_LINK = /(?:를|을)\s(?:중심으로|통해|바탕으로|기반으로)\s/gu;
// A head noun, 과/와 and a space; not a partner (`…센터와 함께`, `…센터와 협력해`).
const JOINED_NAME = new RegExp(`(?:${HEADS.join('|')})(?:과|와)\\s(?!함께|협력|손잡|공동|연계|협업|협약)`, 'gu');

// The largest of the sorted `starts` that is ≤ `at` (binary search), or 0.
function lastAtOrBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) {
      found = starts[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
