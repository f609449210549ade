/**
 * Names in a table written in the text: a header row names its columns (`구분 | 축제명 | 일정 | 장소`) and
 * each row below it gives one item (`종로 | 제9회 종로 한복 나들이 | 10.5.(토)~10.6.(일) | 인사동 일대`).
 * The column whose header says it holds names (`축제명`, `사업명`, `행사`, `프로그램`) holds one
 * initiative per row, written bare; the other cells (a district, a date, a venue, a count) are none.
 */
import type { Paragraph } from '../types.ts';
import { fieldsOf, hasFields } from '../residue.ts';
import { withoutEdition } from './program-quoted.ts';

/** A name read from a table's name column. */
export interface TableName {
  readonly name: string;
  /** The row (a paragraph) and where the name starts in it. */
  readonly paragraph: Paragraph;
  readonly at: number;
}

// Column headers that say the cells are names of initiatives.
const NAME_COLUMN = /^(?:(?:축제|행사|사업|프로그램|시설|교육|강좌|공연|대회|캠페인|시책)(?:명|이름)?|명칭|이름)$/u;

/** True when a table's header row has a column of names (`구분 | 축제명 | 일정 | 장소`). */
export function namesItems(header: string): boolean {
  return fieldsOf(header).some((c) => NAME_COLUMN.test(c.trim()));
}

/**
 * Reads the name column of every table among the paragraphs: a header row with a name column, then
 * the rows with as many cells.
 * @returns The names, in order, each with its row.
 */
export function tableNames(paragraphs: readonly Paragraph[]): TableName[] {
  const out: TableName[] = [];
  let column = -1;
  let width = 0;
  for (const p of paragraphs) {
    if (!hasFields(p.text)) {
      column = -1;
      continue;
    }
    const cells = fieldsOf(p.text);
    const header = cells.findIndex((c) => NAME_COLUMN.test(c.trim()));
    if (header !== -1) {
      column = header;
      width = cells.length;
      continue;
    }
    if (column === -1 || cells.length !== width) continue;
    // A quoted subtitle after the name (`세계음식 한마당 ‘지구촌 밥상’`) is the edition's theme.
    const cell = cells[column]!.split(/[‘'“"「<]/u)[0]!.trim();
    const name = withoutEdition(cell);
    if (name.length < 2 || !/[가-힣]/u.test(name)) continue;
    out.push({ name, paragraph: p, at: p.text.indexOf(name) });
  }
  return out;
}
