/**
 * Related initiatives in other districts: names that are the same once spaces and the district's
 * own prefix are gone (`마포형 안심쉼터` / `안심 쉼터`), or share a distinctive word (three
 * syllables or more, not a generic head noun such as 사업 or 프로젝트).
 */
import type { ProgramGroup } from './model.ts';

/** Head nouns too common to relate two programs by (they name a kind, not a thing). */
const GENERIC_WORDS = new Set(['프로젝트', '프로그램', '시스템', '플랫폼', '서비스', '캠페인', '센터', '지원센터', '네트워크', '아카데미', '페스티벌', '박람회', '지원사업', '활성화', '서포터즈']);
const MAX_RELATED = 8;
/**
 * A shared word found in more programs than this names a kind, not a thing (e.g. 우리동네, 스마트),
 * like GENERIC_WORDS but learnt from the archive. Skipping it also keeps a 10,000-article build
 * linear: without it every program walked the hundreds of others sharing such a word, which took
 * ~10 s of a 10,000-article build (npm run bench, issue 6).
 */
const MAX_WORD_GROUP = 50;

/** The name without spaces, punctuation or the district's own prefix (`서초`, `성동형`, `강남구`). */
function core(p: ProgramGroup): string {
  const own = new RegExp(`^(?:${p.district.name}|${p.district.short})형?`);
  return p.name.replace(own, '').replace(/[^\p{L}\p{N}]/gu, '');
}

function words(p: ProgramGroup): string[] {
  const own = new Set([p.district.name, p.district.short, `${p.district.short}형`]);
  return p.name
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !own.has(w) && !GENERIC_WORDS.has(w));
}

/**
 * Builds the related-initiatives lookup.
 * @param programs Every program.
 * @returns A function from a program to programs of other districts, best first.
 */
export function relatedPrograms(programs: readonly ProgramGroup[]): (p: ProgramGroup) => readonly ProgramGroup[] {
  const byKey = new Map<string, ProgramGroup[]>();
  const keysOf = new Map<ProgramGroup, string[]>();
  for (const p of programs) {
    const keys = [`=${core(p)}`, ...words(p).map((w) => `~${w}`), `~${core(p)}`];
    keysOf.set(p, keys);
    for (const k of new Set(keys)) {
      const list = byKey.get(k);
      if (list) list.push(p);
      else byKey.set(k, [p]);
    }
  }
  return (p) => {
    const score = new Map<ProgramGroup, number>();
    for (const k of new Set(keysOf.get(p) ?? [])) {
      const group = byKey.get(k) ?? [];
      if (k.startsWith('~') && group.length > MAX_WORD_GROUP) continue;
      for (const other of group) {
        if (other.district === p.district) continue;
        score.set(other, (score.get(other) ?? 0) + (k.startsWith('=') ? 3 : 1));
      }
    }
    return [...score]
      .sort(([a, x], [b, y]) => y - x || a.slug.localeCompare(b.slug, 'ko'))
      .slice(0, MAX_RELATED)
      .map(([o]) => o);
  };
}
