// Table 三 (收到和处理政府信息公开申请情况): three label columns A–C and seven
// value columns under a three-row header, with the merges of tables.png.
// It is set in 小五: at 五号 seven columns wide enough for 自然人 leave column C
// too narrow for its labels, and the table would no longer fit one page.
import type { Table } from 'docx';
import { TABLE3_WIDTH } from '../format';
import { tableLayout, valueCells } from '../layout';
import { getCell, type Report } from '../report';
import { formatValue, gridTable, type GridRow } from './grid';
import { wordRows } from './layout-rows';
import { SIZE, TYPE_AREA_WIDTH } from './styles';
import { VALUE_PAD, charsWidth, columnNeeds, evenWidths, valueColumns } from './widths';

export const TABLE3_SIZE = SIZE.tableSmall;
/** Side padding of the label cells: 0.7 mm, so that C holds its 18-character items on one line where it can. */
const LABEL_PAD = 40;
/** A: 三、本年度办理结果 two characters a line, as the official table prints it. */
export const TABLE3_COL_A = charsWidth(2, LABEL_PAD, TABLE3_SIZE);
/** B: （三）不予公开 in two lines of four. */
export const TABLE3_COL_B = charsWidth(4, LABEL_PAD, TABLE3_SIZE);
/**
 * C: at least 13 characters a line, so that only the longest items wrap (to two or three lines);
 * with figures of up to four digits it holds 18, every item but the two of （六）.
 */
export const TABLE3_MIN_COL_C = charsWidth(13, LABEL_PAD, TABLE3_SIZE);
/** A value column never narrower than 自然人 on one line; 商业企业 … may wrap two characters a line. */
export const TABLE3_MIN_VALUE = charsWidth(3, VALUE_PAD, TABLE3_SIZE);
const TABLE3_MIN_VALUES = [TABLE3_MIN_VALUE, ...Array<number>(TABLE3_WIDTH - 1).fill(charsWidth(2, VALUE_PAD, TABLE3_SIZE))];
/** C wide enough for 5.要求行政机关确认或重新出具已获取信息 (19 characters) on one line, when the figures leave the room. */
const WIDE_COL_C = charsWidth(19, LABEL_PAD, TABLE3_SIZE);

const LABEL_COLS = 3;

/** The grid for this report's figures: value columns as wide as the widest figure, C the rest. */
export function table3Columns(report: Report): { grid: number[]; size: number } {
  const figures: string[][] = Array.from({ length: TABLE3_WIDTH }, () => []);
  for (const c of valueCells(tableLayout('table3'))) figures[c.col - LABEL_COLS].push(formatValue(getCell(report, c.address)));
  // small figures: C holds every item of （一）–（五） on one line, the value columns share the rest (自然人 a little wider)
  const needs = columnNeeds(figures, TABLE3_MIN_VALUES, TABLE3_SIZE);
  const wideRoom = TYPE_AREA_WIDTH - TABLE3_COL_A - TABLE3_COL_B - WIDE_COL_C;
  // large ones: equal columns for the widest figure, C gives way down to 13 characters, then a smaller size
  const room = TYPE_AREA_WIDTH - TABLE3_COL_A - TABLE3_COL_B - TABLE3_MIN_COL_C;
  const { widths, size } =
    needs.reduce((a, b) => a + b, 0) <= wideRoom
      ? { widths: evenWidths(needs, wideRoom), size: TABLE3_SIZE }
      : valueColumns(figures, TABLE3_MIN_VALUE, room, false, [TABLE3_SIZE, 15]);
  const c = TYPE_AREA_WIDTH - TABLE3_COL_A - TABLE3_COL_B - widths.reduce((a, b) => a + b, 0);
  return { grid: [TABLE3_COL_A, TABLE3_COL_B, c, ...widths], size };
}

export function table3Rows(report: Report): GridRow[] {
  const layout = tableLayout('table3');
  return wordRows(layout, report, {
    left: (c) => c.role === 'row',
    // the value columns: a header or count one column wide
    tight: (c) => c.col >= LABEL_COLS && c.colspan === 1,
    // the whole table on one page: every row keeps with the next but the last
    keepWithNext: (_, i) => i < layout.rows.length - 1,
  });
}

export function table3(report: Report): Table {
  const { grid, size } = table3Columns(report);
  return gridTable(grid, table3Rows(report), { labels: TABLE3_SIZE, values: size }, LABEL_PAD);
}
