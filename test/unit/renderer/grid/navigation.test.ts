import { describe, expect, it } from 'vitest';
import { TABLE3_ROW_KEYS, TABLE2_ROWS, TABLE4_GROUPS } from '../../../../report/format';
import { table2Layout, table3Layout, table4Layout } from '../../../../renderer/src/components/grid/layout';
import { addressAt, cellsInRange, locate, moveForKey, moveFrom, visualOrder, type GridPos, type Move } from '../../../../renderer/src/components/grid/navigation';

const t2 = table2Layout().nav;
const t3 = table3Layout().nav;
const t4 = table4Layout().nav;

function walk(grid: typeof t3, from: { table: 'table2' | 'table3' | 'table4'; row: string; col?: number }, moves: Move[]) {
  let p = locate(grid, from) as GridPos;
  expect(p).not.toBeNull();
  for (const m of moves) p = moveFrom(grid, p, m);
  return addressAt(grid, p);
}

describe('grid navigation order', () => {
  it('visits table 三 row by row in format order, 7 cells each', () => {
    const order = visualOrder(t3);
    expect(order).toHaveLength(175);
    expect(order.slice(0, 8).map((a) => `${a.row}:${a.col}`)).toEqual(['1:0', '1:1', '1:2', '1:3', '1:4', '1:5', '1:6', '2:0']);
    expect([...new Set(order.map((a) => a.row))]).toEqual([...TABLE3_ROW_KEYS]);
  });

  it('moves down across the merged label rows of section 三 without skipping', () => {
    // 3.2 → 3.3.1 (first row under （三）不予公开), 3.3.8 → 3.4.1, 3.6.3 → 3.7 → 4
    expect(walk(t3, { table: 'table3', row: '3.2', col: 3 }, ['down'])).toEqual({ table: 'table3', row: '3.3.1', col: 3 });
    expect(walk(t3, { table: 'table3', row: '3.3.8', col: 0 }, ['down'])).toEqual({ table: 'table3', row: '3.4.1', col: 0 });
    expect(walk(t3, { table: 'table3', row: '3.6.3', col: 6 }, ['down', 'down'])).toEqual({ table: 'table3', row: '4', col: 6 });
    expect(walk(t3, { table: 'table3', row: '3.4.1', col: 2 }, ['up'])).toEqual({ table: 'table3', row: '3.3.8', col: 2 });
  });

  it('Tab wraps to the next row, Shift-Tab to the previous row; edges stay put', () => {
    expect(walk(t3, { table: 'table3', row: '1', col: 6 }, ['next'])).toEqual({ table: 'table3', row: '2', col: 0 });
    expect(walk(t3, { table: 'table3', row: '3.3.1', col: 0 }, ['prev'])).toEqual({ table: 'table3', row: '3.2', col: 6 });
    expect(walk(t3, { table: 'table3', row: '4', col: 6 }, ['next', 'right', 'down'])).toEqual({ table: 'table3', row: '4', col: 6 });
    expect(walk(t3, { table: 'table3', row: '1', col: 0 }, ['prev', 'left', 'up'])).toEqual({ table: 'table3', row: '1', col: 0 });
  });

  it('table 二: up/down between 3-wide rows and single cells spanning 3 columns', () => {
    expect(visualOrder(t2)).toHaveLength(3 + 3 + 4);
    expect(walk(t2, { table: 'table2', row: 'normativeDocuments', col: 2 }, ['down'])).toEqual({ table: 'table2', row: 'licensing' });
    expect(walk(t2, { table: 'table2', row: 'licensing' }, ['up'])).toEqual({ table: 'table2', row: 'normativeDocuments', col: 0 });
    expect(walk(t2, { table: 'table2', row: 'licensing' }, ['down', 'down', 'down'])).toEqual({ table: 'table2', row: 'feesWanYuan' });
    expect(walk(t2, { table: 'table2', row: 'rules', col: 2 }, ['next'])).toEqual({ table: 'table2', row: 'normativeDocuments', col: 0 });
    expect(walk(t2, { table: 'table2', row: 'licensing' }, ['right'])).toEqual({ table: 'table2', row: 'licensing' });
    expect(t2.map((r) => r.label)).toEqual(TABLE2_ROWS.map((r) => r.label));
    expect(t2.find((r) => r.cells[0].address.row === 'feesWanYuan')!.cells[0].kind).toBe('amount');
  });

  it('table 四 is one row of 15 cells across the three groups', () => {
    const order = visualOrder(t4);
    expect(order).toHaveLength(15);
    expect(walk(t4, { table: 'table4', row: 'review', col: 4 }, ['right'])).toEqual({ table: 'table4', row: TABLE4_GROUPS[1].key, col: 0 });
    expect(walk(t4, { table: 'table4', row: 'review', col: 0 }, ['rowEnd'])).toEqual({ table: 'table4', row: 'litigationAfterReview', col: 4 });
    expect(walk(t4, { table: 'table4', row: 'review', col: 2 }, ['down', 'up'])).toEqual({ table: 'table4', row: 'review', col: 2 });
  });

  it('maps keys to moves like a spreadsheet', () => {
    expect(moveForKey({ key: 'Enter' })).toBe('down');
    expect(moveForKey({ key: 'Enter', shiftKey: true })).toBe('up');
    expect(moveForKey({ key: 'Tab' })).toBe('next');
    expect(moveForKey({ key: 'Tab', shiftKey: true })).toBe('prev');
    expect(moveForKey({ key: 'ArrowLeft' })).toBe('left');
    expect(moveForKey({ key: 'ArrowDown', ctrlKey: true })).toBe('last');
    expect(moveForKey({ key: '5' })).toBeNull();
    expect(moveForKey({ key: 'ArrowUp', altKey: true })).toBeNull();
  });
});

describe('ranges', () => {
  const keys = (rows: ReturnType<typeof cellsInRange>) => rows.map((r) => r.map((c) => `${c.address.row}:${c.address.col ?? '-'}`));
  it('is the rectangle between two cells whichever corner comes first', () => {
    const a = locate(t3, { table: 'table3', row: '3.3.8', col: 5 })!;
    const b = locate(t3, { table: 'table3', row: '3.4.1', col: 6 })!;
    expect(keys(cellsInRange(t3, a, b))).toEqual([['3.3.8:5', '3.3.8:6'], ['3.4.1:5', '3.4.1:6']]);
    expect(keys(cellsInRange(t3, b, a))).toEqual(keys(cellsInRange(t3, a, b)));
  });
  it('in table 二 a spanning cell belongs to any range that touches its columns', () => {
    const a = locate(t2, { table: 'table2', row: 'normativeDocuments', col: 1 })!;
    const b = locate(t2, { table: 'table2', row: 'penalty' })!;
    expect(keys(cellsInRange(t2, a, b))).toEqual([['normativeDocuments:0', 'normativeDocuments:1', 'normativeDocuments:2'], ['licensing:-'], ['penalty:-']]);
  });
});
