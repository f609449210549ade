/**
 * The search index in shards. Pagefind holds every indexed word of every page in memory until it
 * writes its bundle (about 0.5 KB per distinct word of a page, Korean index terms included): one
 * index over 10,000 articles needed 7.5 GB, and 100,000 would not fit in 16 GB. So the index build
 * gives each Pagefind process at most {@link SHARD_PAGES} pages, each shard a bundle of its own, and
 * the search page merges them. Shards cut the pages by date, newest first, so "newest first" reads
 * the shards in order. Shared by the index build (Node) and the search page (browser).
 */

/**
 * Most pages per shard. The index build runs two shards at once (a Pagefind process each): two
 * shards' memory and the build's own ~400 MiB stay under ~2.5 GB, within the build's 3 GB. Measured
 * on this machine on a 10,000-article site (13,198 indexed pages), the whole process tree sampled
 * every 200 ms: shards of 4,000 (four of ~3,300, one at a time) peaked at 2,730 MiB in 82 s; two at
 * a time, 2,000 (seven) at 2,706–2,730 MiB, 1,750 (eight) at 2,518 MiB, 1,500 (nine of ~1,467; each
 * Pagefind 760–1,230 MiB, the last, undated shard the largest) at 2,254–2,303 MiB in 45–54 s (one at
 * a time: 1,609 MiB, 66–68 s). Smaller shards cost the search page more bundles to fetch per query.
 */
export const SHARD_PAGES = 1500;

/** The file, in the first shard's bundle, that lists the other shards. */
export const SHARD_MANIFEST = 'shards.json';

/** What {@link SHARD_MANIFEST} holds. */
export interface ShardManifest {
  /** Bundles of shards 2…n, relative to the first bundle, newest first (`shard-1/`, …). */
  readonly shards: readonly string[];
  /**
   * How many bundles, the first one included, hold dated pages. Sorting by date, Pagefind leaves
   * out pages without a date, except in a bundle where no page has one (it then ignores the
   * sort), so "newest first" reads only these.
   */
  readonly dated: number;
}

/** A page to index, with the date it sorts by (`YYYY-MM-DD`, `YYYY-MM`, or '' for none). */
export interface ShardPage {
  readonly path: string;
  readonly date: string;
}

/**
 * Cuts pages into as few shards as hold at most `size` pages each, of even sizes (memory goes by
 * the largest), newest first; pages without a date come last, and ties go by path, so the same
 * site always gives the same shards.
 * @param pages Pages to index, in any order.
 * @param size Most pages per shard (at least 1).
 * @returns The shards, each a list of pages; one empty shard when there are no pages.
 */
export function planShards<P extends ShardPage>(pages: readonly P[], size: number = SHARD_PAGES): P[][] {
  const count = Math.max(1, Math.ceil(pages.length / Math.max(1, Math.floor(size))));
  const sorted = [...pages].sort((a, b) => (a.date === b.date ? (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) : a.date < b.date ? 1 : -1));
  // The first `extra` shards take one page more than the others.
  const base = Math.floor(sorted.length / count);
  const extra = sorted.length % count;
  const shards: P[][] = [];
  for (let n = 0, from = 0; n < count; n++) {
    const to = from + base + (n < extra ? 1 : 0);
    shards.push(sorted.slice(from, to));
    from = to;
  }
  return shards;
}

/**
 * The folder of shard `n` (0-based) inside the first bundle; the first shard is the bundle itself.
 * @param n Shard number, 1 or more.
 * @returns `shard-<n>/`.
 */
export function shardFolder(n: number): string {
  return `shard-${n}/`;
}
