// Table 二, read from rows of cell texts: rows found by their labels, never by
// position; a row that is not found, or a cell that is not a number, becomes a
// problem naming its place. The fee column may be written in 元.
import { TABLE2_ROWS, type Table2Key } from '../format';
import type { Cell, Report, Triple } from '../report';
import { fitCells, nonEmpty, readValue } from './cells';
import { labelKey, table2RowOf } from './labels';
import { AMBIGUOUS_NOTE, reflowValues, shortNote, type Rows } from './rows';
import type { ImportProblem } from './types';

const table2Label = (row: string[]) => {
  const at = row.findIndex((c) => c.trim() !== '');
  const def = at >= 0 ? table2RowOf(row[at]) : undefined;
  return def && { at, width: def.width };
};

/** 本年收费金额（单位：元）: an office that changed the unit of the fee column. */
function feeInYuan(cell: string): boolean {
  // from the first 收费金额 on (one pattern /收费金额.*单位…/ retried .* from every one of them)
  const s = cell.replace(/\s+/g, '');
  const at = s.indexOf('收费金额');
  return at >= 0 && /单位[:：]?元/.test(s.slice(at + 4));
}

/** A row found by another wording real reports use (规范性文件 for 行政规范性文件). */
function isAlias(cell: string, def: { label: string; aliases?: readonly string[] }): boolean {
  const k = labelKey(cell).replace(/\([^()]*\)$/, '');
  return (def.aliases ?? []).some((a) => labelKey(a) === k);
}

export function readTable2(rows: Rows, report: Report, problems: ImportProblem[]): void {
  const seen = new Set<Table2Key>();
  const inYuan = rows.some((r) => r.some(feeInYuan));
  for (const row of reflowValues(rows, table2Label)) {
    const i = row.findIndex((c) => c.trim() !== '');
    const def = i < 0 ? undefined : table2RowOf(row[i]);
    if (!def) continue;
    if (seen.has(def.key)) {
      problems.push({ table: 'table2', row: def.key, message: `表二“${def.label}”行出现了不止一次，已采用第一次的数值` });
      continue;
    }
    seen.add(def.key);
    if (isAlias(row[i], def))
      problems.push({ table: 'table2', row: def.key, message: `表二的“${row[i].trim()}”行按正式名称“${def.label}”读入，请核对` });
    const fit = fitCells(row.slice(i + 1), def.width);
    if (fit.note === 'long') {
      problems.push({ table: 'table2', row: def.key, message: `表二“${def.label}”行的数值个数不对（${nonEmpty(fit.cells)} 个，应有 ${def.width} 个），该行按空白处理` });
      continue;
    }
    if (fit.note === 'short') problems.push({ table: 'table2', row: def.key, message: `表二“${def.label}”行${shortNote(def.width, nonEmpty(fit.cells))}` });
    if (fit.note === 'ambiguous') problems.push({ table: 'table2', row: def.key, message: `表二“${def.label}”行${AMBIGUOUS_NOTE}` });
    if (def.width === 3) {
      (report.table2 as Record<string, Cell | Cell[]>)[def.key] = [0, 1, 2].map((c) => readValue(fit.cells[c], def.kind, { table: 'table2', row: def.key, col: c }, problems)) as Triple & Cell;
    } else {
      let v = readValue(fit.cells[0], def.kind, { table: 'table2', row: def.key }, problems);
      if (inYuan && def.kind === 'amount' && v !== null && !/元/.test(fit.cells[0])) {
        const wan = Math.round((v / 10000) * 10000) / 10000;
        problems.push({ table: 'table2', row: def.key, message: `表二的收费金额写明单位为“元”，${v} 元已换算为 ${wan} 万元，请核对` });
        v = wan;
      }
      (report.table2 as Record<string, unknown>)[def.key] = v;
    }
  }
  for (const r of TABLE2_ROWS)
    if (!seen.has(r.key)) problems.push({ table: 'table2', row: r.key, message: `表二中没有找到“${r.label}”行，该行按空白处理` });
}
