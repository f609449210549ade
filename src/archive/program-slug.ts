/**
 * Program slugs: `<district slug>-<romanized program key>` (`seocho-gu-seumateusinieo`). They
 * depend only on the district and the program key, never on which variant of the name is shown
 * or on file order, so they stay the same across rebuilds and as articles are added.
 */
import { romanize } from './romanize.ts';
import { hashString } from '../pipeline/hash.ts';
import type { DistrictInfo } from '../pipeline/korean/districts.ts';

/** Longest romanized part kept before it is cut and a hash keeps it unique. */
const MAX_NAME_LENGTH = 48;

/** One program to name: its district and its `programKey`. */
export interface SlugRequest {
  readonly district: DistrictInfo;
  readonly key: string;
}

/**
 * The readable part of a slug: the key romanized, without the district's own name in front
 * (the district slug already says it), cut at a word break when long.
 * @returns The text and whether it is the whole key (not cut, not empty).
 */
function readablePart(district: DistrictInfo, key: string): { text: string; whole: boolean } {
  const own = new RegExp(`^(?:${district.name}|${district.short})형?(?=[^가-힣]|$)`);
  const text = romanize(key.replace(own, ''));
  if (text.length <= MAX_NAME_LENGTH) return { text, whole: text !== '' };
  const cut = text.slice(0, MAX_NAME_LENGTH);
  return { text: cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut, whole: false };
}

/**
 * Gives every program a slug, unique across the site: when two keys would read the same, or a
 * name was cut, or had nothing to romanize, the slug gets a hash of district + key appended.
 * @param requests Programs as district + key; order does not matter.
 * @returns `programId(district, key)` → slug.
 */
export function assignProgramSlugs(requests: readonly SlugRequest[]): Map<string, string> {
  const readable = new Map<string, { base: string; whole: boolean }>();
  const count = new Map<string, number>();
  for (const r of requests) {
    const id = programId(r.district.name, r.key);
    if (readable.has(id)) continue;
    const part = readablePart(r.district, r.key);
    const base = part.text ? `${r.district.slug}-${part.text}` : r.district.slug;
    readable.set(id, { base, whole: part.whole });
    count.set(base, (count.get(base) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [id, { base, whole }] of readable) {
    out.set(id, whole && count.get(base) === 1 ? base : `${base}-${hashString(id).slice(0, 6)}`);
  }
  return out;
}

/**
 * The identity of a program across the archive: its district and its key.
 * @param district Hangul district name.
 * @param key The name's `programKey`.
 */
export function programId(district: string, key: string): string {
  return `${district}\u0000${key}`;
}
