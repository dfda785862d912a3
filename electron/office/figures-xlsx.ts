// The units' figures side by side (.xlsx, exceljs): one row per unit, one column
// per cell of tables 二、三、四, and the compiled total row. A blank stays an
// empty cell (never 0), as in the compiled report.
import ExcelJS from 'exceljs';
import { cellName, cellsOf, FORMATS } from '../../report/format';
import { getCell } from '../../report/report';
import type { Compiled, RollupUnit } from '../../report/rollup/sum';
import { cellKey } from '../../report/rollup/sum';

const CELLS = cellsOf(FORMATS['2021']);

export async function figuresXlsx(s: { government: string; year: number; units: RollupUnit[]; compiled: Compiled }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = s.government;
  const ws = wb.addWorksheet(`${s.year}年度各单位数据`, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  ws.addRow(['单位', ...CELLS.map((a) => cellName(a))]);
  ws.getRow(1).font = { bold: true };
  ws.getColumn(1).width = 28;
  for (const u of s.units) {
    ws.addRow([u.report ? u.name : `${u.name}（未报送）`, ...CELLS.map((a) => (u.report ? (getCell(u.report, a) ?? null) : null))]);
  }
  const total = ws.addRow(['汇总', ...CELLS.map((a) => {
    const p = s.compiled.cells.get(cellKey(a))!;
    return p.blank.length || s.compiled.included.length === 0 ? null : p.sum;
  })]);
  total.font = { bold: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
