/**
 * `npx tsx scripts/score-gold.ts [seedsDir]` (default ../shared/seeds): runs parse → segment →
 * extract on every article gold.json lists and prints a per-story diff and totals against it.
 * Exits 1 when issue 2's bar is not met, 2 when the folder has no gold.json.
 */
import { resolve } from 'node:path';
import { runSeeds } from './lib/gold-fs.ts';
import { formatScore, scoreAgainstGold } from './lib/gold-score.ts';

const dir = resolve(process.argv[2] ?? '../shared/seeds');
const run = runSeeds(dir);
if (!run) {
  console.error(`${dir}: no gold.json here; pass the seeds folder (default ../shared/seeds).`);
  process.exit(2);
}
const score = scoreAgainstGold(run.gold, run.got);
console.log(formatScore(score));
process.exit(score.pass ? 0 : 1);
