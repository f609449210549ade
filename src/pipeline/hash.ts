/**
 * A small, fast, pure content hash (no `node:crypto`, so the pipeline stays runnable anywhere).
 * It gives ids and cache keys, not security: two independent 32-bit multiply–xor lanes over the
 * input, each finished with MurmurHash3's avalanche step, make 64 bits written as 16 hex digits.
 * Collisions among a hundred thousand articles are about one in 10^9.
 */

const SEED_A = 0x9e3779b9;
const SEED_B = 0x85ebca6b;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// The length goes in last, so it cannot cancel against the data (`b` vs `a\0`).
function finish(a: number, b: number, n: number): string {
  a = Math.imul(a ^ n, 0x01000193);
  b = Math.imul(b ^ n, 0x5bd1e995);
  return hex(fmix32(a ^ Math.imul(b, 0x27d4eb2d)), fmix32(b ^ Math.imul(a, 0x165667b1)));
}

function hex(a: number, b: number): string {
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

// Why each hash is a loop function and a short one around it: V8 optimises a long loop while it
// runs (on-stack replacement), inside the first long input, when the code after the loop has
// never run and has no type feedback. That optimised code was kept and entered again on each
// later call, and each time bailed out to the interpreter at the first such operation after the
// loop (the call to `finish`, a lane mixed after the loop): in a 10,000-article ingest from a few
// dozen to a few hundred times per hash and worker, varying from run to run. So each loop ends in
// plain stores of its results to the module variables below (which need no feedback) and a
// return, and whatever follows is in the caller, which has no loop and is optimised as usual,
// after it has run.

/** The second lane of the last loop's result (the first is returned). */
let laneB = 0;
/** hashNormalised's loop: how many units it mixed or holds, and the unit still waiting for its pair (-1: none). */
let unitCount = 0;
let waitingUnit = -1;

/**
 * Hashes a string by its UTF-16 code units.
 * @param text Any string.
 * @returns 16 lowercase hex digits; equal strings give equal hashes on every run and machine.
 */
export function hashString(text: string): string {
  const a = mixUnits(text);
  return finish(a, laneB, text.length);
}

// Two UTF-16 code units make one 32-bit word: half the rounds of a unit-at-a-time loop. An odd
// last unit makes a word alone, in the same round.
function mixUnits(text: string): number {
  const n = text.length;
  let a = SEED_A;
  let b = SEED_B;
  for (let i = 0; i < n; i += 2) {
    let k = text.charCodeAt(i);
    if (i + 1 < n) k |= text.charCodeAt(i + 1) << 16;
    a = Math.imul(a ^ k, 0x01000193);
    b = Math.imul(b ^ k, 0x5bd1e995);
    b ^= b >>> 15;
  }
  laneB = b;
  return a;
}

// JavaScript's \s (and what String.prototype.trim removes): the whitespace normaliseWhitespace folds.
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  // Above U+3000 only the BOM is a space: Hangul, most of the text, is decided by one compare.
  if (c > 0x3000) return c === 0xfeff;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/**
 * `hashString(normaliseWhitespace(text))` in one pass, without building the normalised string
 * (an article id is the hash of its whitespace-normalised body).
 * @param text Any string.
 * @returns The same 16 hex digits as `hashString(normaliseWhitespace(text))`.
 */
export function hashNormalised(text: string): string {
  let a = mixNormalisedUnits(text);
  let b = laneB;
  // A unit left without its pair is mixed alone, as hashString mixes an odd last unit.
  if (waitingUnit >= 0) {
    a = Math.imul(a ^ waitingUnit, 0x01000193);
    b = Math.imul(b ^ waitingUnit, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return finish(a, b, unitCount);
}

function mixNormalisedUnits(text: string): number {
  let a = SEED_A;
  let b = SEED_B;
  let n = 0;
  // A code unit waiting for its pair (-1: none), and whether a space is due before the next one.
  let held = -1;
  let space = false;
  // Each code unit fed is paired with the one before it, as hashString reads two at a time. The
  // feeding is written out twice, not as a closure: a closure's variables live on the heap, and
  // this loop runs over every character of every article.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      space = n > 0;
      continue;
    }
    if (space) {
      space = false;
      n++;
      if (held < 0) held = 0x20;
      else {
        const k = held | (0x20 << 16);
        held = -1;
        a = Math.imul(a ^ k, 0x01000193);
        b = Math.imul(b ^ k, 0x5bd1e995);
        b ^= b >>> 15;
      }
    }
    n++;
    if (held < 0) held = c;
    else {
      const k = held | (c << 16);
      held = -1;
      a = Math.imul(a ^ k, 0x01000193);
      b = Math.imul(b ^ k, 0x5bd1e995);
      b ^= b >>> 15;
    }
  }
  laneB = b;
  unitCount = n;
  waitingUnit = held;
  return a;
}

/**
 * Hashes raw bytes (a file as read), four at a time.
 * @param bytes Any bytes.
 * @returns 16 lowercase hex digits.
 */
export function hashBytes(bytes: Uint8Array): string {
  const a = mixBytes(bytes);
  return finish(a, laneB, bytes.length);
}

// Four bytes make a word; the last one to three are mixed one a round, in the same loop.
function mixBytes(bytes: Uint8Array): number {
  const n = bytes.length;
  let a = SEED_A;
  let b = SEED_B;
  for (let i = 0; i < n; ) {
    const whole = i + 4 <= n;
    let k = bytes[i]!;
    if (whole) k |= (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    i += whole ? 4 : 1;
    a = Math.imul(a ^ k, 0x01000193);
    b = Math.imul(b ^ k, 0x5bd1e995);
    b ^= b >>> 15;
  }
  laneB = b;
  return a;
}

/**
 * Collapses every run of whitespace to one space and trims, so re-wrapped or re-indented copies
 * of one article compare equal (the duplicate rule of PRODUCT.md → "Reading files").
 * @param text Article body text.
 * @returns The normalised text.
 */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
