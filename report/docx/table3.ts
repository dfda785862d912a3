// Table 三 (收到和处理政府信息公开申请情况): three label columns A–C and seven
// value columns under a three-row header, with the merges of tables.png.
import type { Table } from 'docx';
import { TABLE3_ROWS, TABLE3_WIDTH } from '../format';
import { isValueCell, tableLayout, type LayoutRow } from '../layout';
import type { Report } from '../report';
import { gridTable, type GridRow } from './grid';
import { wordRows } from './layout-rows';
import { TYPE_AREA_WIDTH } from './styles';

/**
 * Twips, at 10.5 pt (210 twips a character): A holds 三、本年度办理结果 one character wide,
 * B （三）不予公开 four; a value column two characters or four digits with tight padding;
 * C the rest, so that every item up to 5.要求行政机关确认或重新出具已获取信息 stays on one line.
 */
const COL_A = 330;
const COL_B = 960;
const COL_VALUE = 460;
const COL_C = TYPE_AREA_WIDTH - COL_A - COL_B - TABLE3_WIDTH * COL_VALUE;
export const TABLE3_WIDTHS = [COL_A, COL_B, COL_C, ...Array<number>(TABLE3_WIDTH).fill(COL_VALUE)];

const LABEL_COLS = 3;

/** The items of （三）…（六） stay on one page with their merged group label. */
function keepsWithNext(row: LayoutRow): boolean {
  const key = row.cells.find(isValueCell)?.address.row;
  const r = TABLE3_ROWS.find((x) => x.key === key);
  return !!r?.item && r.item !== r.group!.items.at(-1);
}

export function table3Rows(report: Report): GridRow[] {
  return wordRows(tableLayout('table3'), report, {
    left: (c) => c.role === 'row',
    // the value columns: a header or count one column wide
    tight: (c) => c.col >= LABEL_COLS && c.colspan === 1,
    keepWithNext: keepsWithNext,
  });
}

export function table3(report: Report): Table {
  return gridTable(TABLE3_WIDTHS, table3Rows(report));
}
