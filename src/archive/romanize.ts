/**
 * Hangul → ASCII for URL slugs: syllable by syllable after the Revised Romanization of Korean
 * (문화체육관광부 고시 제2000-8호), without its sound-change rules except ㄹㄹ → `ll`, so a name
 * always gives the same letters whatever surrounds it. Readable enough for a URL (`스마트쉼터` → `seumateuswimteo`);
 * people read the Hangul name on the page.
 */

// Jamo tables in Unicode order (initial 19, medial 21, final 28 incl. none). Source: RR tables.
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = [
  'a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae',
  'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i',
];
const FINALS = [
  '', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l',
  'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't',
];

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;

/**
 * Romanizes one Hangul syllable.
 * @param code A code point in U+AC00..U+D7A3.
 * @param afterRieul The syllable before it ends in ㄹ.
 * @returns Its letters, e.g. `쉼` → `swim`.
 */
function syllable(code: number, afterRieul: boolean): string {
  const n = code - SYLLABLE_FIRST;
  const initial = Math.floor(n / 588);
  // ㄹ after a final ㄹ is written l (몰림 → mollim), as the standard writes ㄹㄹ.
  return (afterRieul && initial === RIEUL_INITIAL ? 'l' : INITIALS[initial]!) + MEDIALS[Math.floor((n % 588) / 28)]! + FINALS[n % 28]!;
}

const RIEUL_INITIAL = 5;
const RIEUL_FINAL = 8;

/**
 * Turns text into lowercase ASCII words joined by `-`: Hangul syllables romanized, ASCII letters
 * and digits kept, everything else (spaces, quotes, brackets, Hanja, punctuation) a word break.
 * A change between Hangul and digits or Latin letters is not a break (`1인가구` → `1ingagu`).
 * @param text Any text, e.g. a program name.
 * @returns A slug-safe string, possibly empty (text with no Hangul, letters or digits).
 */
export function romanize(text: string): string {
  let out = '';
  let previous = -1;
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    const hangul = code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
    if (hangul) out += syllable(code, previous >= 0 && (previous - SYLLABLE_FIRST) % 28 === RIEUL_FINAL);
    previous = hangul ? code : -1;
    if (hangul) continue;
    if (/[a-z0-9]/i.test(ch)) out += ch.toLowerCase();
    else out += '-';
  }
  return out.replace(/-+/g, '-').replace(/^-|-$/g, '');
}
