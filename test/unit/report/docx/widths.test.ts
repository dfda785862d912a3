// Issue 12 §1: value columns sized for their figures, never a squashed number.
// Read back from the .docx: the grid, each figure's size, and no <w:w> at all.
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../report/docx/index';
import { TABLE3_COL_A, TABLE3_MIN_COL_C } from '../../../../report/docx/table3';
import { evenWidths, textWidth, valueColumns } from '../../../../report/docx/widths';
import { withCell, type Report } from '../../../../report/report';
import { readDocx, tables, unzipDocx, type TableInfo } from '../../../fixtures/docx/read-docx';
import { bigFigureReport } from '../../../fixtures/docx/long-reports';
import { distinctReport, seedReport } from '../../../fixtures/docx/reports';

const TYPE_AREA = 11906 - 1587 - 1474;
/** value cells' side padding as the file says (tcMar left + right) */
const t3Margin = (tblXml: string) => Number(tblXml.match(/<w:tblCellMar>[\s\S]*?<w:left w:type="dxa" w:w="(\d+)"/)![1]);
const padOf = (xml: string) => [...xml.matchAll(/<w:(?:left|right) w:type="dxa" w:w="(\d+)"\/>/g)].reduce((a, m) => a + Number(m[1]), 0);

async function exported(r: Report): Promise<{ files: Record<string, string>; t: TableInfo[] }> {
  const bytes = await exportDocx(r);
  const { doc, styles } = readDocx(bytes);
  return { files: unzipDocx(bytes), t: tables(doc, styles) };
}

/** Every figure's cell: its text, width, padding and effective size. */
function figureCells(t: TableInfo) {
  return t.rows
    .flatMap((r) => r.cells)
    .filter((c) => /^[\d.]+$/.test(c.text))
    .map((c) => ({ text: c.text, width: c.width!, pad: padOf(c.xml), size: c.runs[0].size! }));
}

describe('value columns fit their widest figure (issue 12 §1)', () => {
  for (const [name, make] of [
    ['the seed (one- to four-digit figures)', seedReport],
    ['distinct three-digit figures', distinctReport],
    ['7-digit figures in every cell', bigFigureReport],
  ] as const) {
    it(`${name}: every figure fits its cell on one line at its size, no character scaling anywhere`, async () => {
      const { files, t } = await exported(make());
      for (const [part, xml] of Object.entries(files)) if (part.endsWith('.xml')) expect(xml, part).not.toMatch(/<w:w\b/);
      for (const table of t) {
        expect(table.grid.reduce((a, b) => a + b, 0)).toBe(TYPE_AREA);
        for (const f of figureCells(table)) expect(textWidth(f.text, f.size), `${f.text} in ${f.width}`).toBeLessThanOrEqual(f.width - f.pad);
      }
    });
  }

  it('table 三: column A two characters, C at least 13 (19 with small figures), the value columns even and at least 自然人 wide', async () => {
    for (const [r, cChars] of [[seedReport(), 19], [bigFigureReport(), 13]] as const) {
      const { t } = await exported(r);
      const grid = t[1].grid;
      const pad = padOf(t[1].rows[3].cells[0].xml) || 2 * 40; // label cells take the table's own padding
      expect(grid[0]).toBe(TABLE3_COL_A);
      expect(grid[0] - pad).toBeGreaterThanOrEqual(2 * 180);
      expect(grid[0] - pad).toBeLessThan(3 * 180);
      expect(grid[2]).toBeGreaterThanOrEqual(TABLE3_MIN_COL_C);
      expect(grid[2] - pad).toBeGreaterThanOrEqual(cChars * 180);
      // even: within half a millimetre of each other
      expect(Math.max(...grid.slice(3)) - Math.min(...grid.slice(3))).toBeLessThanOrEqual(30);
      // the head 自然人 (黑体 9 pt, 180 twips a character) on one line between the tight paddings
      const natural = t[1].rows[1].cells.find((c) => c.text === '自然人')!;
      expect(natural.width! - padOf(natural.xml)).toBeGreaterThanOrEqual(3 * natural.runs[0].size! * 10);
    }
    expect(t3Margin((await exported(seedReport())).t[1].xml)).toBe(40);
  });

  it('the columns widen with the figures: 7 digits give wider value columns than 1 digit, and C gives way', async () => {
    const small = (await exported(seedReport())).t[1].grid;
    const big = (await exported(bigFigureReport())).t[1].grid;
    expect(big[3]).toBeGreaterThan(small[3]);
    expect(big[2]).toBeLessThan(small[2]);
  });

  it('table 四: equal columns while the figures fit; one 1234000 gets a wider column at 五号, the others share the rest', async () => {
    const even = (await exported(seedReport())).t[2].grid;
    // the type area does not divide by 15: the last column takes the remainder
    expect(Math.max(...even) - Math.min(...even)).toBeLessThan(15);
    const r = withCell(seedReport(), { table: 'table4', row: 'review', col: 4 }, 1234000);
    const t4 = (await exported(r)).t[2];
    const f = figureCells(t4).find((c) => c.text === '1234000')!;
    expect(f.size).toBe(21);
    expect(t4.grid[4]).toBeGreaterThan(t4.grid[0]);
    expect(new Set(t4.grid.filter((_, i) => i !== 4)).size).toBeLessThanOrEqual(2);
  });

  it('fifteen 7-digit figures in table 四 cannot have 五号: all take one smaller size, so no row mixes sizes', async () => {
    const figures = figureCells((await exported(bigFigureReport())).t[2]);
    expect(figures).toHaveLength(15);
    expect(new Set(figures.map((f) => f.size)).size).toBe(1);
    expect(figures[0].size).toBeLessThan(21);
  });
});

describe('evenWidths', () => {
  it('equal shares where every need fits one, the wider need kept and the rest shared', () => {
    expect(evenWidths([100, 100, 100], 900)).toEqual([300, 300, 300]);
    expect(evenWidths([600, 420, 420], 1500)).toEqual([600, 450, 450]);
    expect(evenWidths([600, 420, 420], 1440).reduce((a, b) => a + b, 0)).toBe(1440);
  });
});

describe('valueColumns', () => {
  it('equal columns filling the room when the widest fits, the need of each otherwise, a smaller size last', () => {
    expect(valueColumns([['1'], ['22']], 400, 1000, true)).toEqual({ widths: [500, 500], size: 21 });
    expect(valueColumns([['1'], ['22']], 400, 1000, false)).toEqual({ widths: [400, 400], size: 21 });
    const uneven = valueColumns([['1'], ['1234567']], 300, 1200, true);
    expect(uneven.size).toBe(21);
    expect(uneven.widths.reduce((a, b) => a + b, 0)).toBe(1200);
    expect(uneven.widths[1]).toBeGreaterThanOrEqual(textWidth('1234567') + 40);
    expect(valueColumns([['1234567'], ['1234567']], 300, 1300, true).size).toBeLessThan(21);
  });
});
