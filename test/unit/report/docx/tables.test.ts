// The three tables of the exported .docx, read back from the file: labels,
// merge structure (gridSpan / vMerge) and every value in its cell.
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../report/docx/index';
import {
  TABLE2,
  TABLE3_APPLICANT,
  TABLE3_COLUMNS,
  TABLE3_CORNER,
  TABLE3_GROUPS,
  TABLE3_LEGAL,
  TABLE3_LEGAL_COLS,
  TABLE3_NATURAL,
  TABLE3_ROWS,
  TABLE3_SECTION3_LABEL,
  TABLE3_TOTAL_LABEL,
  TABLE4_GROUPS,
  TABLE4_LITIGATION,
  TABLE4_OUTCOMES,
  TABLE4_REVIEW,
  allCells,
} from '../../../../report/format';
import { getCell, withCell, type Report } from '../../../../report/report';
import { readDocx, tables, vMergeLength, type CellInfo, type TableInfo } from '../../../fixtures/docx/read-docx';
import { distinctReport } from '../../../fixtures/docx/reports';

const TYPE_AREA = 11906 - 1587 - 1474;

let report: Report;
let t2: TableInfo, t3: TableInfo, t4: TableInfo;

async function tablesOf(r: Report): Promise<TableInfo[]> {
  // with the styles: the cells' formatting as Word shows it (cell style + direct)
  const { doc, styles } = readDocx(await exportDocx(r));
  return tables(doc, styles);
}

beforeAll(async () => {
  report = distinctReport();
  const all = await tablesOf(report);
  expect(all).toHaveLength(3);
  [t2, t3, t4] = all;
});

/** cells holding words, not numbers */
const labelTexts = (t: TableInfo) => t.rows.flatMap((r) => r.cells).filter((c) => !/^[\d.]*$/.test(c.text));
const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());

describe('labels: every label of the format, in its table, as many times as the format prints it', () => {
  it('table 二', () => {
    const expected = TABLE2.flatMap((b) => [b.article, ...b.headers, ...b.rows.map((r) => r.label)]);
    expect(count(labelTexts(t2).map((c) => c.text))).toEqual(count(expected));
  });

  it('table 三', () => {
    const expected = [
      TABLE3_CORNER,
      TABLE3_APPLICANT,
      TABLE3_NATURAL,
      TABLE3_LEGAL,
      TABLE3_TOTAL_LABEL,
      ...TABLE3_LEGAL_COLS.map((i) => TABLE3_COLUMNS[i].label),
      TABLE3_SECTION3_LABEL,
      ...TABLE3_GROUPS.map((g) => g.label),
      ...TABLE3_ROWS.filter((r) => r.section !== '3' || r.item).map((r) => r.label),
    ];
    const got = count(labelTexts(t3).map((c) => c.text));
    expect(got).toEqual(count(expected));
    for (const l of expected) expect(got.get(l), l).toBe(1);
  });

  it('table 四: 行政复议 / 行政诉讼, the two litigation groups, the five outcomes under each of the three', () => {
    const expected = [TABLE4_REVIEW, TABLE4_LITIGATION, ...TABLE4_GROUPS.slice(1).map((g) => g.label), ...TABLE4_GROUPS.flatMap(() => TABLE4_OUTCOMES)];
    expect(count(labelTexts(t4).map((c) => c.text))).toEqual(count(expected));
  });

  it('header cells are 黑体, labels 宋体; tables 二 and 四 at 10.5 pt, table 三 at 9 pt (小五, so that it fits one page)', () => {
    const head = t3.rows[0].cells[0].runs[0];
    expect(head.eastAsia).toBe('黑体');
    const rowLabel = t3.rows[3].cells[0].runs[0];
    expect(rowLabel.eastAsia).toBe('宋体');
    for (const [t, size] of [[t2, 21], [t3, 18], [t4, 21]] as const)
      for (const c of t.rows.flatMap((r) => r.cells)) for (const r of c.runs) expect(r.size).toBe(size);
  });
});

type Shape = [span: number, vMerge?: 'restart' | 'continue'];
const shapeOf = (cells: CellInfo[]): Shape[] => cells.map((c) => (c.vMerge ? [c.span, c.vMerge] : [c.span]));
const values7: Shape[] = Array.from({ length: 7 }, () => [1]);

describe('table 三: merge structure equal to the spec', () => {
  it('each row has the gridSpan and vMerge derived from format.ts', () => {
    const expected: Shape[][] = [
      [[3, 'restart'], [7]],
      [[3, 'continue'], [1, 'restart'], [5], [1, 'restart']],
      [[3, 'continue'], [1, 'continue'], [1], [1], [1], [1], [1], [1, 'continue']],
      ...TABLE3_ROWS.map((r, i): Shape[] => {
        if (r.section !== '3') return [[3], ...values7];
        const a: Shape = TABLE3_ROWS[i - 1].section !== '3' ? [1, 'restart'] : [1, 'continue'];
        if (!r.item) return [a, [2], ...values7];
        const b: Shape = r.item === r.group!.items[0] ? [1, 'restart'] : [1, 'continue'];
        return [a, b, [1], ...values7];
      }),
    ];
    expect(t3.rows.map((r) => shapeOf(r.cells))).toEqual(expected);
  });

  it('the known spans: 三、本年度办理结果 22 rows; （三）8, （四）3, （五）5, （六）3; corner 3×3; 自然人 and 总计 2 rows', () => {
    const rowOf = (label: string) => t3.rows.findIndex((r) => r.cells.some((c) => c.text === label));
    expect(vMergeLength(t3, rowOf(TABLE3_SECTION3_LABEL), 0)).toBe(22);
    const spans = ['（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'].map((l) => vMergeLength(t3, rowOf(l), 1));
    expect(spans).toEqual([8, 3, 5, 3]);
    expect(vMergeLength(t3, 0, 0)).toBe(3);
    expect(t3.rows[0].cells[0]).toMatchObject({ text: TABLE3_CORNER, span: 3 });
    expect(t3.rows[0].cells[1]).toMatchObject({ text: TABLE3_APPLICANT, span: 7 });
    expect(t3.rows[1].cells.find((c) => c.text === TABLE3_LEGAL)).toMatchObject({ span: 5, col: 4 });
    expect(vMergeLength(t3, 1, 3)).toBe(2);
    expect(vMergeLength(t3, 1, 9)).toBe(2);
    for (const key of ['1', '2', '4']) expect(t3.rows.find((r) => r.cells[0].text === TABLE3_ROWS.find((x) => x.key === key)!.label)!.cells[0].span).toBe(3);
    for (const g of ['（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（七）总计'])
      expect(t3.rows[rowOf(g)].cells.find((c) => c.text === g)).toMatchObject({ span: 2, col: 1 });
  });

  it('fits the type area: fixed layout, ten columns summing to 156 mm, cell widths matching their spans', () => {
    expect(t3.layout).toBe('fixed');
    expect(t3.grid).toHaveLength(10);
    for (const t of [t2, t3, t4]) {
      expect(t.grid.reduce((a, b) => a + b, 0)).toBe(TYPE_AREA);
      for (const c of t.rows.flatMap((r) => r.cells)) expect(c.width).toBe(t.grid.slice(c.col, c.col + c.span).reduce((a, b) => a + b, 0));
    }
  });

  it('the three header rows repeat on a new page; no row splits across pages', () => {
    expect(t3.rows.map((r) => r.header)).toEqual(t3.rows.map((_, i) => i < 3));
    for (const t of [t2, t3, t4]) expect(t.rows.every((r) => r.cantSplit)).toBe(true);
  });

  it('page breaks: table 三 and table 四 whole on one page (every row kept with the next but the last), table 二 by blocks', () => {
    // issue 12 §2: before, only the items of （三）…（六） kept together and a break could fall inside 三、本年度办理结果
    expect(t3.rows.map((r) => r.keepNext)).toEqual(t3.rows.map((_, i) => i < t3.rows.length - 1));
    // table 二 breaks only between its article blocks; table 四 never breaks
    expect(t2.rows.map((r) => r.keepNext)).toEqual(TABLE2.flatMap((b) => [true, true, ...b.rows.map((_, i) => i < b.rows.length - 1)]));
    expect(t4.rows.map((r) => r.keepNext)).toEqual([true, true, true, false]);
  });
});

describe('table 二 and 四: structure', () => {
  it('table 二: block titles span 4 columns; single values and their header span columns 2–4', () => {
    let row = 0;
    for (const b of TABLE2) {
      expect(shapeOf(t2.rows[row++].cells)).toEqual([[4]]);
      expect(shapeOf(t2.rows[row++].cells)).toEqual(b.headers.length === 2 ? [[1], [3]] : [[1], [1], [1], [1]]);
      for (const r of b.rows) expect(shapeOf(t2.rows[row++].cells)).toEqual(r.width === 1 ? [[1], [3]] : [[1], [1], [1], [1]]);
    }
    expect(row).toBe(t2.rows.length);
  });

  it('table 四: three header rows over fifteen cells', () => {
    expect(shapeOf(t4.rows[0].cells)).toEqual([[5], [10]]);
    expect(shapeOf(t4.rows[1].cells)).toEqual([...Array(5).fill([1, 'restart']), [5], [5]]);
    expect(shapeOf(t4.rows[2].cells)).toEqual([...Array(5).fill([1, 'continue']), ...Array(10).fill([1])]);
    expect(shapeOf(t4.rows[3].cells)).toEqual(Array(15).fill([1]));
    for (let c = 0; c < 5; c++) expect(vMergeLength(t4, 1, c)).toBe(2);
  });
});

/** Where a cell's value must be: [table, row index, grid column]. */
function placeOf(a: ReturnType<typeof allCells>[number]): [TableInfo, number, number] {
  if (a.table === 'table3') return [t3, 3 + TABLE3_ROWS.findIndex((r) => r.key === a.row), 3 + a.col!];
  if (a.table === 'table4') return [t4, 3, 5 * TABLE4_GROUPS.findIndex((g) => g.key === a.row) + a.col!];
  let row = 0;
  for (const b of TABLE2) {
    row += 2;
    for (const r of b.rows) {
      if (r.key === a.row) return [t2, row, 1 + (a.col ?? 0)];
      row++;
    }
  }
  throw new Error(`no place for ${JSON.stringify(a)}`);
}

describe('values: all 10 + 175 + 15 in their cells (table 二 has 2×3 + 4)', () => {
  it('every cell of a report with distinct values sits at its row and grid column', () => {
    const cells = allCells();
    expect(cells).toHaveLength(200);
    for (const a of cells) {
      const [t, row, col] = placeOf(a);
      const cell = t.rows[row].cells.find((c) => c.col === col);
      expect(cell?.text, JSON.stringify(a)).toBe(String(getCell(report, a)));
    }
    const numeric = [t2, t3, t4].flatMap((t) => t.rows.flatMap((r) => r.cells)).filter((c) => /^[\d.]+$/.test(c.text));
    expect(numeric).toHaveLength(200);
  });

  it('the fee prints as written, a zero as 0, a blank stays empty (no run at all)', async () => {
    let r = withCell(report, { table: 'table2', row: 'feesWanYuan' }, 12.5);
    r = withCell(r, { table: 'table3', row: '3.3.2', col: 4 }, 0);
    r = withCell(r, { table: 'table3', row: '3.3.3', col: 4 }, null);
    r = withCell(r, { table: 'table4', row: 'review', col: 0 }, null);
    const [a2, a3, a4] = await tablesOf(r);
    const at = (t: TableInfo, row: number, col: number) => t.rows[row].cells.find((c) => c.col === col)!;
    expect(at(a2, a2.rows.length - 1, 1).text).toBe('12.5');
    const row332 = 3 + TABLE3_ROWS.findIndex((x) => x.key === '3.3.2');
    expect(at(a3, row332, 7).text).toBe('0');
    const blank = at(a3, row332 + 1, 7);
    expect(blank.text).toBe('');
    expect(blank.runs).toHaveLength(0);
    expect(at(a4, 3, 0).text).toBe('');
    expect(at(a4, 3, 1).text).toBe('402');
  });

  it('a report with a missing table 三 row still exports, with that row blank', async () => {
    const r = structuredClone(report);
    delete (r.table3 as Record<string, unknown>)['3.5.2'];
    const [, a3] = await tablesOf(r);
    const row = a3.rows[3 + TABLE3_ROWS.findIndex((x) => x.key === '3.5.2')];
    expect(row.cells.slice(-7).map((c) => c.text)).toEqual(Array(7).fill(''));
  });
});
