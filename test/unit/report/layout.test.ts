// One geometry, three readers: report/layout.ts, the grid drawn from it (as
// GridTable.vue places its rows in an HTML table) and the .docx read back from
// a real export must merge exactly the same slots, cell for cell.
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../report/docx/index';
import { allCells, sameCell, TABLE3_CORNER, TABLE3_SECTION3_LABEL, type TableKey } from '../../../report/format';
import { isValueCell, rowPieces, slots, tableLayout, valueCells, type TableLayout } from '../../../report/layout';
import { getCell, type Report } from '../../../report/report';
import { isTotal, kindOf } from '../../../report/sums';
import { cellKey, layoutOf, type LayoutCell as GridCell } from '../../../renderer/src/components/grid/layout';
import { readDocx, tables, type TableInfo } from '../../fixtures/docx/read-docx';
import { distinctReport } from '../../fixtures/docx/reports';

const TABLES: TableKey[] = ['table2', 'table3', 'table4'];

/** A slot's owner: the top-left slot of the cell covering it, and what the cell shows. */
type Owner = { at: string; text: string };
type Matrix = Owner[][];

function fromLayout(t: TableLayout, report: Report): Matrix {
  return slots(t).map((row) =>
    row.map(({ cell }) => ({
      at: `${cell.row},${cell.col}`,
      text: isValueCell(cell) ? String(getCell(report, cell.address)) : cell.text,
    })),
  );
}

/** The grid's rows placed as a browser places <th>/<td> with rowspan and colspan. */
function fromGrid(rows: GridCell[][], report: Report): Matrix {
  const m: (Owner | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (m[r][c]) c++;
      const owner = { at: `${r},${c}`, text: cell.type === 'label' ? cell.text : String(getCell(report, cell.address)) };
      const rowspan = cell.type === 'label' ? (cell.rowspan ?? 1) : 1;
      for (let dr = 0; dr < rowspan; dr++)
        for (let dc = 0; dc < (cell.colspan ?? 1); dc++) {
          expect(m[r + dr]?.[c + dc], `grid slot ${r + dr},${c + dc} covered twice`).toBeUndefined();
          (m[r + dr] ??= [])[c + dc] = owner;
        }
      c += cell.colspan ?? 1;
    }
  });
  return m as Matrix;
}

/** The Word table's slots: gridSpan across, a vMerge continue belongs to the cell above. */
function fromDocx(t: TableInfo): Matrix {
  const m: Owner[][] = [];
  t.rows.forEach((row, r) => {
    m[r] = [];
    for (const cell of row.cells) {
      const owner = cell.vMerge === 'continue' ? m[r - 1][cell.col] : { at: `${r},${cell.col}`, text: cell.text };
      expect(owner, `docx ${r},${cell.col}: a continue with nothing above`).toBeDefined();
      if (cell.vMerge === 'continue') expect(cell.span, `docx ${r},${cell.col}: continue as wide as its restart`).toBe(spanOf(m[r - 1], cell.col));
      for (let dc = 0; dc < cell.span; dc++) m[r][cell.col + dc] = owner;
    }
  });
  return m;
}
const spanOf = (row: Owner[], col: number) => row.filter((o) => o === row[col]).length;

let report: Report;
let docx: Record<TableKey, TableInfo>;
beforeAll(async () => {
  report = distinctReport();
  const { doc } = readDocx(await exportDocx(report));
  const [t2, t3, t4] = tables(doc);
  docx = { table2: t2, table3: t3, table4: t4 };
});

describe.each(TABLES)('%s: the grid and the .docx merge as report/layout.ts says', (table) => {
  it('the grid covers the same slots with the same cells', () => {
    const g = layoutOf(table);
    expect(fromGrid([...g.head, ...g.body], report)).toEqual(fromLayout(tableLayout(table), report));
    expect(g.head).toHaveLength(tableLayout(table).headRows);
  });

  it('the .docx covers the same slots with the same cells', () => {
    const layout = tableLayout(table);
    expect(docx[table].grid).toHaveLength(layout.columns);
    expect(fromDocx(docx[table])).toEqual(fromLayout(layout, report));
  });

  it('the .docx repeats exactly the layout’s header rows', () => {
    expect(docx[table].rows.map((r) => r.header)).toEqual(tableLayout(table).rows.map((_, i) => i < tableLayout(table).headRows));
  });
});

describe('report/layout.ts', () => {
  it('holds every cell of the report once, with its kind and whether it is a total', () => {
    const values = TABLES.flatMap((t) => valueCells(tableLayout(t)));
    expect(values).toHaveLength(allCells().length);
    for (const a of allCells()) expect(values.filter((v) => sameCell(v.address, a)), JSON.stringify(a)).toHaveLength(1);
    for (const v of values) {
      expect(v.kind).toBe(kindOf(v.address));
      expect(v.role === 'total').toBe(isTotal(v.address));
    }
    expect(values.filter((v) => v.kind === 'amount').map((v) => cellKey(v.address))).toEqual(['table2|feesWanYuan|']);
    expect(values.filter((v) => v.role === 'total')).toHaveLength(25 + 6 + 3);
  });

  it('roles: the corner and section labels of table 三, block titles of table 二', () => {
    const t3 = tableLayout('table3').rows.flatMap((r) => r.cells);
    expect(t3.find((c) => !isValueCell(c) && c.text === TABLE3_CORNER)).toMatchObject({ role: 'corner', row: 0, col: 0, rowspan: 3, colspan: 3 });
    expect(t3.find((c) => !isValueCell(c) && c.text === TABLE3_SECTION3_LABEL)).toMatchObject({ role: 'section', col: 0, rowspan: 22 });
    const titles = tableLayout('table2').rows.filter((r) => r.kind === 'title');
    expect(titles.map((r) => r.cells.map((c) => [c.role, c.colspan]))).toEqual(Array(4).fill([['title', 4]]));
  });

  it('rowPieces: a merged cell is met once per row it covers, starting only in its first', () => {
    const t4 = tableLayout('table4');
    const pieces = rowPieces(t4);
    expect(pieces.map((r) => r.length)).toEqual([2, 7, 15, 15]);
    expect(pieces[2].slice(0, 5).every((p) => !p.start && p.cell.row === 1)).toBe(true);
    expect(pieces[2].slice(5).every((p) => p.start)).toBe(true);
  });

  it('slots refuses a layout with a gap or an overlap', () => {
    const t = tableLayout('table4');
    const gap: TableLayout = { ...t, rows: t.rows.map((r, i) => (i === 3 ? { ...r, cells: r.cells.slice(1) } : r)) };
    expect(() => slots(gap)).toThrow(/slot 3,0 is not covered/);
    const wide = { ...t.rows[0].cells[0], colspan: 6 };
    const overlap: TableLayout = { ...t, rows: [{ ...t.rows[0], cells: [wide, t.rows[0].cells[1]] }, ...t.rows.slice(1)] };
    expect(() => slots(overlap)).toThrow(/covered twice/);
  });
});
