/**
 * Bulleted lists (`▲…▲…등`, `△`, `◇`, `①`, a paragraph opening with `- `). Korean news lists a
 * district's initiatives as `▲<what it does>하는 <name> ▲… 등 <what they are>`: an item's name is
 * the noun phrase at its end, after the descriptive clause and before an action (`구축`, `운영`).
 * Lists of evaluation categories or activities (`평가 항목으로는 ▲…`, `▲… 등 5개 분야`) hold no
 * names.
 */
import { ACTION_SUFFIXES, CATEGORY_LIST_WORDS, CATEGORY_NOUNS, COUNTER_WORD, PEOPLE_END, STOP_WORDS, VERBAL_NOUNS } from '../korean/program-words.ts';
import { endsInVerbForm, trailingParticle } from '../korean/word-endings.ts';
import { splitSentences } from '../korean/sentences.ts';
import { GRADE_SOURCE } from '../korean/award-words.ts';
import { genitiveInside } from './program-bare.ts';
import { districtPrefix, endsAbstract, endsWithAny, headOf, isGenericName, stripAction, stripClassifier, wordsOf } from './program-name.ts';

// An item that ends in a grade (`… 부문 대상`, `… 최우수기관`, `… 3년 연속 ‘S등급’`) reports a result.
const GRADE_END = new RegExp(`(?:^|\\s|[가-힣‘“'"「])(?:${GRADE_SOURCE}|[A-Z]{1,2}\\s?등급)[’”'"」]?$`, 'u');

/** One list item of a paragraph. */
export interface ListItem {
  /** Offset of the item's first character after its bullet. */
  readonly start: number;
  /** Offset where its own words end: the next bullet, or `등` after the last item. */
  readonly end: number;
  /** True when the list names categories or activities, not initiatives. */
  readonly categoryList: boolean;
  /**
   * True for a sub-heading (`◇ 노원 수학문화관 새 단장` opening a paragraph): written like a
   * headline, so its end is a name only when it ends in a head noun.
   */
  readonly heading: boolean;
}

const JOINING = /^(?:의|와|과|와의|과의)$/u;
// An item's subject and a colon before its details (`찾아가는 무료 법률상담: 연중, …`).
const NOTICE_LABEL = /^([^:：]{4,40}?)\s?[:：]\s/u;
const NOMINAL_PREDICATE = /(?:^|\s)(?:있음|없음|가능|가능함|불가|바람|예정임|됨|함)$/u;
// A label made of dates and times only (`7. 21.(월) ~ 7. 25.(금)`, `8월 중`, `매주 토 10:00`).
const WHEN_LABEL = /^[\s\d.~∼\-–()월화수목금토일중매주시분:]+$/u;
const ARGUMENT = /^(?:에|에서|에게|으로|로)$/u;
// A time with its particle (`10시까지`, `3월부터`).
const TIME_WORD = /^[\d.,~]+(?:시|분|일|월|년)(?:까지|부터|에|께)$/u;
// `일시:`, `장 소 :` (a press release spaces its labels out).
const ITEM_PARTICLE_END = /\s(?:외|밖|중|이외)(?:에|에도|에는)?$/u;
// A topic left open (`…일은`) or a question's ending (`어떻게 하나`, `…인가`, `…는지`).
const QUESTION_END = /(?:[가-힣](?:은|는)|하나|한가|인가|는가|나요|을까|ㄹ까|는지|까)$/u;
const FIELD_LABEL = /^\s*[가-힣](?:\s?[가-힣]){0,4}\s?[:：]/u;
const BULLET = /[▲△◇◆■□○●•※①②③④⑤⑥⑦⑧⑨⑩]/gu;
// `등` closing a list: a word of its own, before a particle or a space.
const LIST_END = /(?:^|\s|[’”'"」』])등(?=[이을의은도으에]|\s|,|$)/gu;

/**
 * Finds the bulleted items of a paragraph.
 * @param text One paragraph.
 * @returns The items in order; empty when the paragraph has no bullets.
 */
export function findListItems(text: string): ListItem[] {
  // Offsets by `test` and `lastIndex` (each mark is one character): no match objects to make.
  const marks: number[] = [];
  BULLET.lastIndex = 0;
  while (BULLET.test(text)) marks.push(BULLET.lastIndex - 1);
  if (/^[-·]\s/u.test(text)) marks.unshift(0);
  if (marks.length === 0) return [];
  const sentenceEnds = splitSentences(text).map((s) => s.start + s.text.length);
  const items: { start: number; end: number; listStart: number }[] = [];
  let listStart = marks[0]!;
  for (let k = 0; k < marks.length; k++) {
    const start = marks[k]! + 1;
    const sentenceEnd = sentenceEnds.find((e) => e > start) ?? text.length;
    const next = marks[k + 1];
    if (next !== undefined && next < sentenceEnd) {
      items.push({ start, end: next, listStart });
      continue;
    }
    // The last bullet of its sentence: the item runs to the last `등` before the sentence ends.
    let end = sentenceEnd;
    for (const m of text.slice(start, sentenceEnd).matchAll(LIST_END)) end = start + m.index + (m[0].startsWith('등') ? 0 : 1);
    items.push({ start, end, listStart });
    if (next !== undefined) listStart = next;
  }
  const heading = /^\s*[◇◆■□]/u.test(text);
  return items.map(({ start, end, listStart: ls }) => ({
    start,
    end,
    // `▲일시: 5월 13일 ▲장소: 당현천 수변무대`: the fields of a notice, not a list of names.
    categoryList: isCategoryList(text, ls, items, start) || FIELD_LABEL.test(text.slice(start, end)),
    heading: heading && start === marks[0]! + 1,
  }));
}

/** True when the words before the list or after its closing `등` say it lists categories. */
function isCategoryList(text: string, listStart: number, items: readonly { start: number; end: number; listStart: number }[], start: number): boolean {
  const own = items.filter((i) => i.listStart === listStart);
  const last = own[own.length - 1] ?? items.find((i) => i.start === start)!;
  const intro = text.slice(Math.max(0, listStart - 12), listStart);
  const tail = text.slice(last.end, last.end + 14);
  return CATEGORY_LIST_WORDS.test(intro) || (/^\s*등/u.test(tail) && (CATEGORY_LIST_WORDS.test(tail) || PARTS_TAIL.test(tail)));
}

// `▲2016년 개관 예정인 중랑구립 정보도서관`: a plan or a state said of the name with the copula's modifier
// (-인) closes a description like a verb's.
const COPULA_MODIFIER = /(?:예정|계획|목표|중|단계)인$/u;

// `▲24시간 응급 호출 ▲복약 알림 등으로 구성된다`, `▲한지 공예 ▲매듭 공예 등의 강좌`: what a thing is made
// of, or the classes it offers, not initiatives of their own.
const PARTS_TAIL = /^\s*등(?:으로|의)\s?(?:구성|이뤄|이루어|강좌|수업|체험)/u;

/**
 * The name at the end of a bulleted item without quotes: `어르신 낙상 예방을 위한
 * 안심 손잡이 사업` → `안심 손잡이`; `공공데이터 플랫폼 한눈지도 구축` → `한눈지도`.
 * @param item The item's text (from its bullet to its end).
 * @param heading True for a sub-heading: its end must be a head noun (`…센터`, `…축제`).
 * @returns The name and its offset in `item`, or null when the item ends in an activity, a
 *   category or a sentence.
 */
export function itemTailName(item: string, heading = false): { name: string; offset: number } | null {
  // `○ 찾아가는 무료 법률상담: 연중, 매월 …, 구청 민원실`: a notice's item names its subject before the
  // colon; what follows says when and where.
  // (`○ 7. 21.(월) ~ 7. 25.(금) : 무더위 쉼터 합동점검`: a schedule's item says when before its colon, and
  // what after it.)
  const label = NOTICE_LABEL.exec(item);
  const when = label !== null && WHEN_LABEL.test(label[1]!);
  const text = (label ? (when ? item.slice(label[0].length) : label[1]!) : item).replace(/[\s,.;:·ㆍ]+$/u, '');
  // (`※ … 변경될 수 있음`, `… 신청 가능`: a notice's clause closed in its nominal form.)
  if (/[다요]$/u.test(text) || NOMINAL_PREDICATE.test(text)) return null;
  let words = wordsOf(text);
  // `①아이들이 설계하고 ②동네 주민이 관리하고`: steps of how a thing works, each a clause closed by its verb.
  if (words.length > 1 && endsInVerbForm(words[words.length - 1]!)) return null;
  // The name starts after the last word that closes a description or joins two phrases.
  let cut = -1;
  // 이/가/을/를 words are followed by the verb that closes the clause, so they need no test of
  // their own (and 손잡이, 지킴이 would look like one); 의 and 와/과 join nouns directly.
  // An argument of the closing action (`반지하 주택 1200곳에 … 센서 설치`) makes the item a clause:
  // what follows it is the action's object, a name only when it ends in a head noun.
  let argued = false;
  words.forEach((w, k) => {
    if (k >= words.length - 1) return;
    // A verb form after the argument closes that clause (`한 눈에 볼 수 있는 …`): the name after it is free.
    // (`▲우이천 빛의 거리 조성사업`: one syllable and 의 inside a name, as in running text, cuts nothing.)
    if (k > 0 && genitiveInside(w, words[k - 1]!)) return;
    if (STOP_WORDS.has(w) || JOINING.test(trailingParticle(w) ?? '') || endsInVerbForm(w) || COPULA_MODIFIER.test(w) || /[,)]$/u.test(w)) [cut, argued] = [k, false];
    // `▲성내천 음악분수 밤 10시까지 연장`, `▲주차장 17곳 무료 개방`: a time, or a count that more than an
    // action follows (`▲방학천 물놀이장 3곳 개장` names what was opened), is an argument too.
    else if (ARGUMENT.test(trailingParticle(w) ?? '') || TIME_WORD.test(w) || (k > 0 && COUNTER_WORD.test(w) && !words.slice(k + 1).every((x) => ACTION_SUFFIXES.includes(x)))) [cut, argued] = [k, true];
  });
  words = words.slice(cut + 1);
  words = wordsOf(stripAction(words.join(' '), false));
  // `▲… 놀이터 2곳 개장`: a count after the name says how many were opened, not what.
  while (words.length > 1 && COUNTER_WORD.test(words[words.length - 1]!)) words.pop();
  let name = stripClassifier(words.join(' '));
  words = wordsOf(name);
  // `공공데이터 플랫폼 한눈지도`: a category noun before a word that is no category is a descriptor;
  // not before a verbal noun inside the name, whose object it is (`반지하 침수방지시설 설치 지원사업`).
  for (let j = words.length - 2; j >= 0; j--) {
    const object = j + 2 < words.length && VERBAL_NOUNS.includes(words[j + 1]!);
    if (endsWithAny(words[j]!, CATEGORY_NOUNS) && !endsWithAny(words[j + 1]!, CATEGORY_NOUNS) && !object) {
      name = words.slice(j + 1).join(' ');
      break;
    }
  }
  words = wordsOf(name);
  if (words.length === 0 || words.length > 6 || words.join('').length < 2) return null;
  const headed = Boolean(headOf(words[words.length - 1]!));
  if (((heading || argued) && !headed) || (!headed && endsAbstract(name)) || isGenericName(name, false)) return null;
  if (!headed && PEOPLE_END.test(name)) return null;
  // `▲은행 ▲편의점 ▲약국`: a kind of place in one short word (`노원온`, opening with the district's
  // name, is branded), and `복지관 외에`: a word with its particle.
  if (!headed && words.length === 1 && words[0]!.length <= 3 && !districtPrefix(words[0]!)) return null;
  if (ITEM_PARTICLE_END.test(name)) return null;
  // `- 취임 후 가장 먼저 챙긴 일은.`, `- 소통은 어떻게 하나.`: an interview's question, not a name.
  if (QUESTION_END.test(name)) return null;
  // `▲강북구, 스마트행정 부문 대상`, `▲…평가 최우수기관`: a result (a grade) heads the item, not a name.
  if (GRADE_END.test(name)) return null;
  const offset = text.lastIndexOf(name);
  return offset < 0 ? null : { name, offset: offset + (when ? label[0].length : 0) };
}
