// The compiled tables (汇总): tables 二, 三 and 四 of a government's report,
// summed cell by cell over its units' reports, with the provenance of every
// cell. A unit's blank is never a zero: one blank leaves the compiled cell
// blank, and its provenance keeps the partial sum and names who is still blank.
import { cellsOf, FORMATS, type CellAddress } from '../format';
import { blankReport, setCellInPlace, type Cell, type Report, type Report2021 } from '../report';

export interface RollupUnit {
  id: string;
  name: string;
  /** the unit's report of the year; null when none was received */
  report: Report | null;
  /** the id of the unit it belongs to (a county's department: the county) */
  parent?: string;
  /**
   * it has its own compiled total (a county under a city): summed as that total,
   * never also through its own units. Default: true when its report is a government's.
   */
  ownTotal?: boolean;
}

export interface CellPart {
  id: string;
  unit: string;
  value: number;
}

export interface CellProvenance {
  /** the sum of the units that gave a figure (null when none did) */
  sum: number | null;
  parts: CellPart[];
  /** names of the units whose report leaves this cell blank */
  blank: string[];
  /** names of the units without a report */
  missing: string[];
}

export interface SkippedUnit {
  id: string;
  unit: string;
  why: string;
}

export interface Compiled {
  table2: Report2021['table2'];
  table3: Report['table3'];
  table4: Report['table4'];
  /** units whose report was summed */
  included: { id: string; unit: string }[];
  /** names of the units without a report */
  missing: string[];
  /** units left out, and why (counted through their own government's total) */
  skipped: SkippedUnit[];
  /** every cell's provenance, keyed by cellKey */
  cells: ReadonlyMap<string, CellProvenance>;
  provenance(a: CellAddress): CellProvenance | undefined;
}

const FORMAT = FORMATS['2021'];
const CELLS = cellsOf(FORMAT);
/** each cell's reader, made once: compiling 200 units reads 40,000 cells */
const READERS: ((r: Report) => Cell | undefined)[] = CELLS.map((a) => {
  if (a.table === 'table2') return a.col === undefined ? (r) => r.table2[a.row as keyof Report['table2']] as Cell : (r) => (r.table2[a.row as keyof Report['table2']] as Cell[])?.[a.col!];
  const table = a.table;
  return (r) => (r[table] as Record<string, Cell[]>)[a.row]?.[a.col!];
});

/** One cell as one string: the key of Compiled.cells. */
export function cellKey(a: CellAddress): string {
  return `${a.table}|${a.row}|${a.col ?? ''}`;
}

/** Decimal places of a figure as written (1.25 → 2); exponent forms count as many. */
function decimalsOf(v: number): number {
  if (Number.isInteger(v)) return 0;
  const s = String(v);
  const dot = s.indexOf('.');
  return s.includes('e') ? 12 : dot < 0 ? 0 : s.length - dot - 1;
}

/** Σ figures without float drift: 0.1 + 0.2 of 万元 is 0.3, as a person adds them. */
export function exactSum(values: readonly number[]): number {
  let d = 0;
  let plain = 0;
  for (const v of values) {
    plain += v;
    if (!Number.isInteger(v)) d = Math.max(d, decimalsOf(v));
  }
  if (d === 0) return plain; // counts: whole numbers add exactly
  d = Math.min(12, d);
  const scale = 10 ** d;
  const total = values.reduce((a, v) => a + Math.round(v * scale), 0);
  return Number((total / scale).toFixed(d));
}

const ownsTotal = (u: RollupUnit) => u.ownTotal ?? u.report?.level === 'government';

/** The units summed: those under a unit with its own total are counted through it. */
function whoCounts(units: readonly RollupUnit[]): { counted: RollupUnit[]; skipped: SkippedUnit[] } {
  const byId = new Map(units.map((u) => [u.id, u]));
  const skipped: SkippedUnit[] = [];
  const counted: RollupUnit[] = [];
  for (const u of units) {
    // the nearest ancestor with its own total (guarding against a cycle in the structure)
    let p = u.parent ? byId.get(u.parent) : undefined;
    const seen = new Set([u.id]);
    while (p && !ownsTotal(p) && !seen.has(p.id)) {
      seen.add(p.id);
      p = p.parent ? byId.get(p.parent) : undefined;
    }
    if (p && ownsTotal(p) && !seen.has(p.id)) {
      const why = p.report ? `已计入“${p.name}”的汇总数，不再单独计入` : `由“${p.name}”自行汇总，其汇总报告尚未收到，不单独计入`;
      skipped.push({ id: u.id, unit: u.name, why });
    } else if (u.report && u.report.edition !== FORMAT.edition) {
      skipped.push({ id: u.id, unit: u.name, why: `报告是 ${u.report.edition} 年版格式，与 2021 年版的表格不同，不能逐格相加` });
    } else counted.push(u);
  }
  return { counted, skipped };
}

/** Sum tables 二, 三 and 四 cell by cell over the units (see RollupUnit.ownTotal for counties). */
export function compileTables(units: readonly RollupUnit[]): Compiled {
  const { counted, skipped } = whoCounts(units);
  const reporting = counted.filter((u) => u.report);
  const missing = counted.filter((u) => !u.report).map((u) => u.name);
  const out = blankReport('', 2021, 'government');
  const cells = new Map<string, CellProvenance>();
  CELLS.forEach((a, i) => {
    const read = READERS[i];
    const parts: CellPart[] = [];
    const blank: string[] = [];
    for (const u of reporting) {
      const v = read(u.report!);
      if (v === null || v === undefined) blank.push(u.name);
      else parts.push({ id: u.id, unit: u.name, value: v });
    }
    const sum = parts.length ? exactSum(parts.map((p) => p.value)) : null;
    const value: Cell = blank.length || reporting.length === 0 ? null : sum;
    setCellInPlace(out, a, value);
    cells.set(cellKey(a), { sum, parts, blank, missing });
  });
  return {
    table2: out.table2,
    table3: out.table3,
    table4: out.table4,
    included: reporting.map((u) => ({ id: u.id, unit: u.name })),
    missing,
    skipped,
    cells,
    provenance: (a) => cells.get(cellKey(a)),
  };
}

/**
 * The government's report of edition 2021 with the compiled tables. The texts
 * (title, preamble, narrative, closing, 审核说明) are kept from `previous`, the
 * office's report as it stands, so compiling again never loses what it wrote.
 */
export function compiledReport(gov: { unit: string; year: number; level: 'government' }, compiled: Compiled, previous?: Report): Report2021 {
  const base = blankReport(gov.unit, gov.year, gov.level);
  const texts = previous && previous.edition === base.edition ? previous : undefined;
  return {
    ...base,
    ...(texts
      ? {
          title: texts.title,
          preamble: texts.preamble,
          parts: { ...texts.parts },
          closing: texts.closing,
          ...(texts.explanations ? { explanations: structuredClone(texts.explanations) } : {}),
        }
      : {}),
    table2: structuredClone(compiled.table2),
    table3: structuredClone(compiled.table3),
    table4: structuredClone(compiled.table4),
  };
}
