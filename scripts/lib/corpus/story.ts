/**
 * One district's story in a generated article: a lead naming the district as subject, then
 * paragraphs that continue it (`구는 …`, `▲` lists, dates, a bare program name, the head's quote,
 * `자세한 사항은 …`). It records what it wrote so the corpus statistics are exact.
 */
import type { DistrictInfo } from '../../../src/pipeline/korean/districts.ts';
import { datePhrase, josa, type DateKind, type Ymd } from './korean.ts';
import type { Random } from './random.ts';
import {
  ACTIVITIES, AUDIENCES, AWARDS, DEPARTMENTS, GRADES, PRIZES, PROGRAM_CORES, PROGRAM_PREFIXES, PROGRAM_SUFFIXES,
} from './words.ts';

/** What a story wrote, for the statistics. */
export interface StoryStats {
  programs: string[];
  awards: number;
  dates: DateKind[];
}

/** A generated story. */
export interface GeneratedStory {
  readonly paragraphs: string[];
  /** A short headline part for the article's headline. */
  readonly headline: string;
  readonly stats: StoryStats;
}

/** Composes a program name, sometimes with the district's short name in front (`서초 …`). */
export function programName(r: Random, district: DistrictInfo): string {
  const core = r.pick(PROGRAM_CORES);
  const suffix = r.pick(PROGRAM_SUFFIXES);
  const lead = r.chance(0.35) ? (district.short.length > 1 ? district.short : '중구') : r.pick(PROGRAM_PREFIXES);
  return r.chance(0.5) ? `${lead} ${core} ${suffix}` : `${lead} ${core}${suffix}`;
}

const QUOTES = [
  ['주민이 체감하는 변화를 만들겠다', '앞으로도 꼼꼼히 챙기겠다'],
  ['누구도 소외되지 않는 동네를 만들고 싶다', '주민의 목소리를 계속 듣겠다'],
  ['직원들이 함께 노력한 결과라 뜻깊다', '더 좋은 행정으로 보답하겠다'],
  ['작은 불편부터 먼저 찾아 고치겠다', '필요한 곳에 예산을 아끼지 않겠다'],
] as const;

const FILLERS: readonly ((r: Random) => string)[] = [
  (r: Random) => `구가 지난해 주민 ${r.int(3, 20) * 100}명을 대상으로 한 조사에서 응답자의 ${r.int(40, 90)}%가 이 같은 지원이 필요하다고 답했다.`,
  (r: Random) => `사업에는 모두 ${r.int(2, 40)}억원이 투입되며, 이 가운데 ${r.int(1, 9)}억원은 시비로 충당한다.`,
  (r: Random) => `지금까지 ${r.int(2, 90) * 10}명이 참여했으며 참여자 만족도는 ${r.int(80, 98)}%에 이른다.`,
  (r: Random) => `구는 동 주민센터 ${r.int(5, 20)}곳과 협력해 도움이 필요한 주민을 직접 찾아 안내할 계획이다.`,
  (r: Random) => `참가비는 무료이며, 교재와 준비물도 구가 모두 제공한다. 정원은 회차마다 ${r.int(10, 40)}명이다.`,
  () => `구는 운영 결과를 분석해 효과가 큰 프로그램은 내년부터 다른 동으로 넓혀 나갈 방침이다.`,
  () => `특히 평일 낮 시간에 참여하기 어려운 주민을 위해 저녁반과 주말반을 따로 열어 선택의 폭을 넓혔다.`,
  (r: Random) => `현장에는 전문 강사 ${r.int(2, 12)}명과 자원봉사자 ${r.int(5, 30)}명이 배치돼 참가자들을 돕는다.`,
  (r: Random) => `이용 시간은 평일 오전 ${r.int(9, 10)}시부터 오후 ${r.int(6, 9)}시까지이며, 토요일에는 오후 ${r.int(1, 5)}시까지 문을 연다.`,
  (r: Random) => `구는 사업 효과를 높이기 위해 지역 대학과 복지관, 주민 단체 등 ${r.int(3, 15)}개 기관과 업무협약을 맺고 인력과 공간을 함께 쓰기로 했다.`,
  (r: Random) => `지난해 시범 운영 기간에는 신청자가 정원의 ${r.int(2, 5)}배를 넘을 만큼 관심이 높아, 구는 올해 운영 규모를 크게 늘렸다.`,
  () => `거동이 불편하거나 정보를 얻기 어려운 주민을 위해 방문 신청과 전화 신청도 함께 받고, 필요한 경우 담당 직원이 직접 찾아가 안내한다.`,
  () => `구 관계자는 “참여자들의 의견을 꾸준히 모아 프로그램 내용을 계속 보완해 나가겠다”고 설명했다.`,
];

/** Options of `generateStory`. */
export interface StoryOptions {
  readonly district: DistrictInfo;
  readonly head: string;
  readonly date: Ymd;
  /** How many paragraphs, at least 3. */
  readonly paragraphs: number;
  /** Write an award story (evaluation result) instead of a program story. */
  readonly award: boolean;
}

/**
 * Writes one district's story.
 * @param r Random source.
 * @param o See `StoryOptions`.
 */
export function generateStory(r: Random, o: StoryOptions): GeneratedStory {
  const { district, head, date } = o;
  const name = district.name;
  const stats: StoryStats = { programs: [], awards: 0, dates: [] };
  const prog = programName(r, district);
  const when = (kind: DateKind) => {
    stats.dates.push(kind);
    return datePhrase(r, date, kind);
  };
  const audience = r.pick(AUDIENCES);
  const out: string[] = [];
  const dayWord = date.day !== null ? `${date.day}일 ` : '';
  const subject = r.chance(0.2) ? `서울 ${name}(구청장 ${head})` : `${name}(구청장 ${head})`;
  const subj = r.chance(0.5) ? josa(subject, '이', '가') : josa(subject, '은', '는');

  let headline: string;
  if (o.award) {
    const a = r.pick(AWARDS);
    const year = r.chance(0.6) ? `${date.year - (date.month < 4 ? 1 : 0)}년도 ` : '';
    const streak = r.chance(0.5) ? `${r.int(2, 7)}년 연속 ` : '';
    const grade = r.pick(GRADES);
    const prize = r.chance(0.5) ? ` ${josa(r.pick(PRIZES), '을', '를')} 받았다고` : '고';
    out.push(`${subj} ${a.organizer} 주관 ‘${year}${a.name}’에서 ${streak}${josa(grade, '으로', '로')} 선정됐다${prize} ${dayWord}밝혔다.`);
    out.push(`구는 ‘${prog}’ 등 주민 생활과 밀접한 사업으로 높은 평가를 받았다. 평가에서는 ▲${r.pick(ACTIVITIES)} ▲${r.pick(ACTIVITIES)} 등이 우수 사례로 꼽혔다.`);
    stats.awards++;
    stats.programs.push(prog);
    headline = `${name}, ${a.name} ${streak}${grade}`;
  } else {
    const particle = josa(prog, '을', '를').slice(prog.length);
    const action = r.pick(['새로 시작한다고', '확대 운영한다고', '본격 추진한다고', '처음 선보인다고']);
    out.push(`${subj} ${josa(audience, '을', '를')} 위한 ‘${prog}’${particle} ${action} ${dayWord}밝혔다.`);
    stats.programs.push(prog);
    headline = `${name}, ‘${prog}’ ${r.pick(['운영', '확대', '시작', '개소'])}`;
  }
  const items = r.sample(ACTIVITIES, 3);
  out.push(`프로그램은 ▲${items[0]} ▲${items[1]} ▲${items[2]} 등으로 구성되며, ${when('period')} 구청과 동 주민센터에서 열린다.`);
  out.push(`참가 신청은 ${when('deadline')} 구 누리집이나 가까운 동 주민센터에서 하면 된다. ${r.pick(FILLERS)(r)}`);

  const middle: string[] = [];
  const bare = programName(r, district);
  stats.programs.push(bare);
  middle.push(`구는 또 ${josa(bare, '을', '를')} 함께 운영해 ${audience}의 참여를 늘릴 방침이다.`);
  middle.push(`구는 ${when('past')} 관련 계획을 세우고 준비해 왔으며, ${when('event')} 성과 공유회를 열 예정이다.`);
  // Real paragraphs run two or three sentences; so do these.
  while (middle.length + out.length < o.paragraphs - 2) {
    middle.push(r.sample(FILLERS, r.int(3, 4)).map((f) => f(r)).join(' '));
  }
  out.push(...r.sample(middle, middle.length));

  const [q1, q2] = r.pick(QUOTES);
  out.push(`${head} ${name}청장은 “${q1}”며 “${q2}”고 말했다.`);
  if (r.chance(0.7)) out.push(`자세한 사항은 ${name} ${josa(r.pick(DEPARTMENTS), '으로', '로')} 문의하면 된다.`);
  return { paragraphs: out, headline, stats };
}
