/**
 * A short, stable, non-cryptographic hash (32-bit FNV-1a) for telling apart slugs that would
 * otherwise collide. Pure and dependency-free so it runs the same in every build.
 */

/**
 * Hashes text to 6 lowercase hex digits.
 * @param text Any string (hashed as its UTF-16 code units).
 * @returns e.g. `3f9a1c`.
 */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}
