import { describe, expect, it } from 'vitest';
import { TABLE3_CORNER, TABLE3_GROUPS, TABLE3_SECTION3_LABEL, TABLE4_OUTCOMES, allCells, sameCell } from '../../../../report/format';
import { cellKey, layoutOf, type LabelCell, type LayoutCell, type TableLayout } from '../../../../renderer/src/components/grid/layout';

/** Lay the rows out as an HTML table would and return the occupancy matrix (throws on overlap). */
function occupancy(rows: LayoutCell[][]): string[][] {
  const grid: string[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r][c] !== undefined) c++;
      const cs = cell.colspan ?? 1;
      const rs = cell.type === 'label' ? (cell.rowspan ?? 1) : 1;
      const name = cell.type === 'label' ? cell.text : cellKey(cell.address);
      for (let dr = 0; dr < rs; dr++)
        for (let dc = 0; dc < cs; dc++) {
          grid[r + dr] ??= [];
          if (grid[r + dr][c + dc] !== undefined) throw new Error(`overlap at ${r + dr},${c + dc}`);
          grid[r + dr][c + dc] = name;
        }
      c += cs;
    }
  });
  return grid;
}

const width = (t: TableLayout) => occupancy([...t.head, ...t.body]).map((r) => r.filter((x) => x !== undefined).length);

describe('table layouts drawn from format.ts', () => {
  it('table 三: every row covers 3 label + 7 value columns with the official merges', () => {
    const t = layoutOf('table3');
    expect(new Set(width(t))).toEqual(new Set([10]));
    const flat = [...t.head, ...t.body].flat();
    const find = (text: string) => flat.find((c): c is LabelCell => c.type === 'label' && c.text === text)!;
    expect(find(TABLE3_CORNER)).toMatchObject({ colspan: 3, rowspan: 3 });
    expect(find(TABLE3_SECTION3_LABEL)).toMatchObject({ rowspan: 22 });
    expect(find('自然人')).toMatchObject({ rowspan: 2 });
    expect(find('法人或其他组织')).toMatchObject({ colspan: 5 });
    const spans = TABLE3_GROUPS.map((g) => {
      const c = find(g.label);
      return [c.rowspan ?? 1, c.colspan ?? 1];
    });
    expect(spans).toEqual([[1, 2], [1, 2], [8, 1], [3, 1], [5, 1], [3, 1], [1, 2]]);
    const occ = occupancy(t.body);
    expect(occ[0].slice(0, 3)).toEqual(Array(3).fill('一、本年新收政府信息公开申请数量'));
  });

  it('table 二: four blocks of 4 columns, single values spanning columns 2–4', () => {
    const t = layoutOf('table2');
    expect(new Set(width(t))).toEqual(new Set([4]));
    const occ = occupancy(t.body);
    expect(occ.filter((r) => r[0].startsWith('第二十条')).map((r) => r[0])).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ]);
    expect(occ.find((r) => r[0] === '行政许可')!.slice(1)).toEqual(Array(3).fill('table2|licensing|'));
  });

  it('table 四: three header rows over 15 value cells', () => {
    const t = layoutOf('table4');
    expect(t.head).toHaveLength(3);
    expect(new Set(width(t))).toEqual(new Set([15]));
    const occ = occupancy(t.head);
    expect(occ[2]).toEqual([...TABLE4_OUTCOMES, ...TABLE4_OUTCOMES, ...TABLE4_OUTCOMES]);
  });

  it('the three layouts hold every cell of the report exactly once', () => {
    const drawn = (['table2', 'table3', 'table4'] as const).flatMap((k) =>
      layoutOf(k).body.flat().flatMap((c) => (c.type === 'value' ? [c.address] : [])),
    );
    const cells = allCells();
    expect(drawn).toHaveLength(cells.length);
    for (const a of cells) expect(drawn.filter((d) => sameCell(d, a))).toHaveLength(1);
  });
});
