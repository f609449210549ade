/**
 * The open data: `/data/{articles,programs,districts,awards}.{json,csv}` and `/data/schema.json`.
 */
import type { APIContext } from 'astro';
import { getArchive } from '../../archive/get-archive.ts';
import { exportArticles, exportAwards, exportDistricts, exportPrograms } from '../../archive/export.ts';
import { articlesCsv, awardsCsv, districtsCsv, programsCsv } from '../../archive/export-csv.ts';
import { exportJsonSchema } from '../../archive/export-schema.ts';
import type { Archive } from '../../archive/model.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

const FILES: Record<string, { type: string; body: (a: Archive) => string }> = {
  'articles.json': { type: JSON_TYPE, body: (a) => JSON.stringify(exportArticles(a)) },
  'programs.json': { type: JSON_TYPE, body: (a) => JSON.stringify(exportPrograms(a), null, 1) },
  'districts.json': { type: JSON_TYPE, body: (a) => JSON.stringify(exportDistricts(a), null, 1) },
  'awards.json': { type: JSON_TYPE, body: (a) => JSON.stringify(exportAwards(a), null, 1) },
  'articles.csv': { type: CSV_TYPE, body: (a) => articlesCsv(exportArticles(a)) },
  'programs.csv': { type: CSV_TYPE, body: (a) => programsCsv(exportPrograms(a)) },
  'districts.csv': { type: CSV_TYPE, body: (a) => districtsCsv(exportDistricts(a)) },
  'awards.csv': { type: CSV_TYPE, body: (a) => awardsCsv(exportAwards(a)) },
  'schema.json': { type: JSON_TYPE, body: () => JSON.stringify(exportJsonSchema(), null, 1) },
};

/** One route per export file. */
export function getStaticPaths() {
  return Object.keys(FILES).map((file) => ({ params: { file } }));
}

/** Writes one export file. */
export async function GET(context: APIContext) {
  const file = FILES[context.params.file!]!;
  return new Response(file.body(await getArchive()), { headers: { 'Content-Type': file.type } });
}
