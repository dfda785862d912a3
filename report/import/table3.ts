// Table 三, read from rows of cell texts: rows by their labels (item labels are
// unique; group labels give context), long labels rejoined when a copy broke
// them, the 法人或其他组织 小计 column dropped after checking it.
import { TABLE3_COLUMNS, TABLE3_GROUPS, TABLE3_ROWS, TABLE3_WIDTH } from '../format';
import type { Report, Row7 } from '../report';
import { fitCells, nonEmpty, readValue, valueLike, type Fit } from './cells';
import { isHeader, labelKey, SUBTOTAL_MARK, T3_HEADERS, table3LabelOf } from './labels';
import { placeShortRows, type ShortRow } from './placement';
import { settleSubtotal, subtotalFromHeader, withoutSubtotal, type EightRow } from './subtotal';
import { AMBIGUOUS_NOTE, reflowValues, shortNote, type Rows } from './rows';
import type { ImportProblem } from './types';

type Classified = { kind: 'label' | 'header' | 'value' | 'text'; row?: string; group?: string; near?: true };

function classify3(cell: string, group: string | undefined): Classified {
  if (valueLike(cell)) return { kind: 'value' }; // numbers are never labels: skip the costly key
  const lab = table3LabelOf(cell, group);
  if (lab?.kind === 'row') return { kind: 'label', row: lab.key, ...(lab.near ? { near: true as const } : {}) };
  if (lab?.kind === 'group') return { kind: 'label', group: lab.key };
  if (lab) return { kind: 'label' };
  return isHeader(labelKey(cell), T3_HEADERS) ? { kind: 'header' } : { kind: 'text' };
}

/** Text copies break long labels over lines: rejoin a row ending in unknown text with the next row. */
function mergeSplitLabels(rows: Rows): Rows {
  const out: Rows = [];
  for (let i = 0; i < rows.length; i++) {
    let row = rows[i];
    for (let guard = 0; guard < 3 && i + 1 < rows.length; guard++) {
      const last = row.map((c) => c.trim() !== '').lastIndexOf(true);
      if (last < 0 || classify3(row[last], undefined).kind !== 'text') break;
      const next = rows[i + 1];
      const j = next.findIndex((c) => c.trim() !== '');
      if (j < 0 || classify3(next[j], undefined).kind !== 'text') break;
      row = [...row.slice(0, last), row[last] + next[j], ...next.slice(j + 1)];
      i++;
    }
    out.push(joinCells(row));
  }
  return out;
}

/** A label set over two lines at two indents comes as two cells (5.要求行政机关确认或重 新出具 | 已获取信息): one cell when together they name a row. */
function joinCells(row: string[]): string[] {
  for (let i = 0; i + 1 < row.length; i++) {
    if (classify3(row[i], undefined).kind !== 'text' || classify3(row[i + 1], undefined).kind !== 'text') continue;
    if (row[i].length > 40 || row[i + 1].length > 40) continue; // label pieces are short: a long cell is text
    const joined = row[i] + row[i + 1];
    if (classify3(joined, undefined).kind === 'label') return [...row.slice(0, i), joined, ...row.slice(i + 2)];
  }
  return row;
}

export function readTable3(rows: Rows, report: Report, problems: ImportProblem[]): void {
  const withSubtotal = rows.some((r) => r.some((c) => c.includes('计') && labelKey(c) === SUBTOTAL_MARK)); // 小计: the key only where it can be
  const n = withSubtotal ? TABLE3_WIDTH + 1 : TABLE3_WIDTH;
  const headerAt = withSubtotal ? subtotalFromHeader(rows) : undefined;
  const subAt = headerAt ?? 1; // where the header does not say: after 自然人, checked by the arithmetic below
  const eights: EightRow[] = [];
  const seen = new Set<string>();
  let group: string | undefined;
  let pending: string | undefined; // a row whose label came without values
  const nearNoted = new Set<string>();
  const shorts: ShortRow[] = [];
  let lastKey: string | undefined; // the last row read: a copy cut short stops in it
  const table3Label = (row: string[]) => {
    const at = row.map((c) => classify3(c, undefined).kind === 'label').lastIndexOf(true);
    return at >= 0 ? { at, width: n } : undefined;
  };
  for (const row of reflowValues(mergeSplitLabels(rows), table3Label)) {
    let key: string | undefined;
    let lastLabel = -1;
    let text = false;
    let rowGroup: string | undefined; // a group label in this row
    let unknown = false;
    row.forEach((c, idx) => {
      const k = classify3(c, group);
      if (k.kind === 'text' && c.trim() !== '') unknown = true;
      if (k.kind === 'label') {
        lastLabel = idx;
        if (k.group) group = rowGroup = k.group;
        if (k.row) {
          key = k.row;
          const def = TABLE3_ROWS.find((r) => r.key === k.row)!;
          group = def.group?.items.length ? def.group.key : group;
          if (k.near && !nearNoted.has(def.key)) {
            nearNoted.add(def.key);
            const official = def.item ? def.item.label : def.group ? def.group.label : def.label;
            problems.push({ table: 'table3', row: def.key, message: `表三的“${c.trim()}”与正式名称“${official}”相差几个字，已按该行读入，请核对` });
          }
        }
      } else if (k.kind === 'header') lastLabel = Math.max(lastLabel, idx);
      else if (k.kind === 'text' && idx > lastLabel) text = true;
    });
    let rest = row.slice(lastLabel + 1);
    if (key && pending && key !== pending) {
      seen.add(pending); // its label stood alone: a blank row
      pending = undefined;
    }
    if (!key && pending && rest.some((c) => c.trim() !== '')) {
      key = pending; // values on the line after their label
      const firstValue = rest.findIndex((c) => c.trim() !== '' && valueLike(c));
      rest = firstValue < 0 ? rest : rest.slice(firstValue);
    }
    if (!key && rowGroup && !unknown && rest.some((c) => c.trim() !== '')) {
      oneRowGroup(rowGroup, fitCells(rest, n), withSubtotal, subAt, report, problems).forEach((k) => seen.add(k));
      continue;
    }
    if (!key) {
      if (text && nonEmpty(rest) > 0 && rest.some((c) => c.trim() !== '' && valueLike(c)))
        problems.push({ table: 'table3', message: `表三有一行无法识别，已略过：“${row.join(' ').replace(/\s+/g, ' ').trim().slice(0, 40)}”` });
      continue;
    }
    if (nonEmpty(rest) === 0 && rest.length < n && key !== pending) {
      pending = key;
      continue;
    }
    pending = undefined;
    lastKey = key;
    const def = TABLE3_ROWS.find((r) => r.key === key)!;
    const name = def.item ? `${def.group!.label}${def.item.label}` : def.label;
    if (seen.has(key)) {
      problems.push({ table: 'table3', row: key, message: `表三“${name}”行出现了不止一次，已采用第一次的数值` });
      continue;
    }
    seen.add(key);
    let fit = fitCells(rest, n);
    let rowHasSubtotal = withSubtotal;
    if (fit.note === 'long' && n === TABLE3_WIDTH && fit.cells.length === n + 1) {
      fit = { cells: fit.cells };
      rowHasSubtotal = true;
      if (!eights.length) problems.push({ table: 'table3', row: key, message: `表三“${name}”行起有 8 个数值，已按含“法人或其他组织 小计”列读入（小计列不保存）` });
    }
    if (fit.note === 'long') {
      problems.push({ table: 'table3', row: key, message: `表三“${name}”行的数值个数不对（${nonEmpty(fit.cells)} 个，应有 ${n} 个），该行按空白处理` });
      continue;
    }
    if (fit.note === 'short' && !rowHasSubtotal) {
      // never shifted left: placed by the sums once every row is read (placement.ts)
      const read = fit.cells.filter((c) => c.trim() !== '').map((c, col) => readValue(c, 'count', { table: 'table3', row: key!, col }, problems));
      shorts.push({ row: key, name, values: read });
      continue;
    }
    if (fit.note === 'short') problems.push({ table: 'table3', row: key, message: `表三“${name}”行${shortNote(n, nonEmpty(fit.cells))}` });
    if (fit.note === 'ambiguous') problems.push({ table: 'table3', row: key, message: `表三“${name}”行${AMBIGUOUS_NOTE}` });
    const cells = rowHasSubtotal ? withoutSubtotal(fit.cells, subAt).cells : fit.cells;
    const values = cells.map((c, col) => readValue(c, 'count', { table: 'table3', row: key!, col }, problems)) as Row7;
    report.table3[key] = values;
    if (rowHasSubtotal) eights.push({ key, name, cells: fit.cells });
  }
  if (pending) seen.add(pending);
  const cut = shorts[shorts.length - 1];
  if (cut && cut.row === lastKey && lastKey !== TABLE3_ROWS[TABLE3_ROWS.length - 1].key) {
    // the copy stops inside this row (rows after it are missing): its figures are its first cells
    shorts.pop();
    report.table3[cut.row] = [...cut.values, ...Array(TABLE3_WIDTH).fill(null)].slice(0, TABLE3_WIDTH) as Row7;
    problems.push({ table: 'table3', row: cut.row, message: `表三“${cut.name}”行${shortNote(TABLE3_WIDTH, cut.values.length)}` });
  }
  placeShortRows(shorts, report, problems);
  settleSubtotal(eights, subAt, headerAt !== undefined, report, problems);
  const missing = TABLE3_ROWS.filter((r) => !seen.has(r.key));
  const nameOf = (r: (typeof TABLE3_ROWS)[number]) => (r.item ? `${r.group!.label}${r.item.label}` : r.label);
  // a copy cut short loses a run of rows: one problem for the run, not twenty
  if (missing.length > 5)
    problems.push({
      table: 'table3',
      row: missing[0].key,
      message: `表三中有 ${missing.length} 行没有找到（从“${nameOf(missing[0])}”起），这些行按空白处理，请核对复制的内容是否完整`,
    });
  else for (const r of missing) problems.push({ table: 'table3', row: r.key, message: `表三中没有找到“${nameOf(r)}”行，该行按空白处理` });
}

/**
 * A block printed as one row, as the 2019 edition has （六）其他处理 (洪泽区 2023, 2024):
 * all zeros is the one way its rows can add up to it, so each reads 0, said so;
 * any other figures cannot be shared out, so its rows stay blank for the clerk to fill.
 */
function oneRowGroup(groupKey: string, fit: Fit, withSubtotal: boolean, subAt: number, report: Report, problems: ImportProblem[]): string[] {
  const g = TABLE3_GROUPS.find((x) => x.key === groupKey)!;
  const cells = withSubtotal ? withoutSubtotal(fit.cells, subAt).cells : fit.cells;
  const values = cells.slice(0, TABLE3_WIDTH).map((c) => readValue(c, 'count', { table: 'table3', row: g.items[0].key }, []));
  const head = `表三的“${g.label}”只有一行（2019 年版格式的写法），2021 年版分为 ${g.items.length} 行`;
  if (fit.note !== 'long' && values.length === TABLE3_WIDTH && values.every((v) => v === 0)) {
    for (const it of g.items) report.table3[it.key] = Array(TABLE3_WIDTH).fill(0) as Row7;
    problems.push({ table: 'table3', row: g.items[0].key, message: `${head}；该行全为 0，各行只能都是 0，已按 0 读入，请核对` });
  } else {
    const shown = values.map((v, i) => `${TABLE3_COLUMNS[i].label} ${v ?? '空'}`).join('，');
    problems.push({ table: 'table3', row: g.items[0].key, message: `${head}；该行为 ${shown}，无法确定如何分到各行，这些行按空白处理，请按原件分别填写` });
  }
  return g.items.map((it) => it.key);
}
