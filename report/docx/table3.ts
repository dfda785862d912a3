// Table 三 (收到和处理政府信息公开申请情况): three label columns A–C and seven
// value columns under a three-row header, with the merges of tables.png.
import type { Table } from 'docx';
import {
  TABLE3_APPLICANT,
  TABLE3_COLUMNS,
  TABLE3_CORNER,
  TABLE3_LEGAL,
  TABLE3_LEGAL_COLS,
  TABLE3_NATURAL,
  TABLE3_ROWS,
  TABLE3_SECTION3_LABEL,
  TABLE3_TOTAL_LABEL,
  TABLE3_WIDTH,
} from '../format';
import type { Report } from '../report';
import { below, gridTable, header, label, value, type GridRow } from './grid';
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

function headerRows(): GridRow[] {
  const legal = TABLE3_LEGAL_COLS.map((i) => TABLE3_COLUMNS[i].label);
  return [
    {
      header: true,
      cells: [
        header(TABLE3_CORNER, { span: LABEL_COLS, vMerge: 'restart' }),
        header(TABLE3_APPLICANT, { span: TABLE3_WIDTH }),
      ],
    },
    {
      header: true,
      cells: [
        below(LABEL_COLS),
        header(TABLE3_NATURAL, { vMerge: 'restart', tight: true }),
        header(TABLE3_LEGAL, { span: legal.length }),
        header(TABLE3_TOTAL_LABEL, { vMerge: 'restart', tight: true }),
      ],
    },
    { header: true, cells: [below(LABEL_COLS), below(), ...legal.map((l) => header(l, { tight: true })), below()] },
  ];
}

/** The label cells of one data row: A–C, or A | B–C, or A | B | C, with vertical merges down A and B. */
function labelCells(index: number): GridRow['cells'] {
  const row = TABLE3_ROWS[index];
  if (row.section !== '3' || !row.group) return [label(row.label, { span: LABEL_COLS, align: 'left' })];
  const prev = TABLE3_ROWS[index - 1];
  const firstOfSection = prev?.section !== '3';
  const a = firstOfSection ? label(TABLE3_SECTION3_LABEL, { vMerge: 'restart' }) : below();
  if (!row.item) return [a, label(row.group.label, { span: 2, align: 'left' })];
  const firstOfGroup = row.item.key === row.group.items[0].key;
  const b = firstOfGroup ? label(row.group.label, { vMerge: 'restart' }) : below();
  return [a, b, label(row.item.label, { align: 'left' })];
}

export function table3Rows(report: Report): GridRow[] {
  return [
    ...headerRows(),
    ...TABLE3_ROWS.map((r, i) => ({
      // the items of （三）…（六） stay on one page with their merged group label
      keepWithNext: !!r.item && r.item !== r.group!.items[r.group!.items.length - 1],
      cells: [...labelCells(i), ...Array.from({ length: TABLE3_WIDTH }, (_, c) => value(report.table3[r.key]?.[c], { tight: true }))],
    })),
  ];
}

export function table3(report: Report): Table {
  return gridTable(TABLE3_WIDTHS, table3Rows(report));
}
