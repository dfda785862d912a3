// The shape of one edition of the official format, as a value (ReportFormat).
// Everything that reads or checks a report's shape takes one of these, so a
// later edition or an added row is new data, not an edit of every module.

export const FORMAT_ID = 'zfxxgk-annual-report';

export type Level = 'department' | 'government';
export type NarrativeKey = 'overview' | 'problems' | 'other';
export type PartKey = NarrativeKey | 'table2' | 'table3' | 'table4';
export type TableKey = 'table2' | 'table3' | 'table4';

export interface PartDef {
  key: PartKey;
  numeral: string; // 一 … 六
  heading: string; // the full heading as printed, e.g. 一、总体情况
  kind: 'narrative' | 'table';
  /** other wordings of the heading seen in published reports of this edition, read as this part on import (never printed) */
  aliases?: readonly string[];
}

/**
 * What a cell holds: count (a whole number ≥ 0), signed (a whole number that may be
 * negative: 2019's 本年增/减, printed with its sign), amount (万元, the 2021 fee),
 * yuan (元, 2019's 采购总金额; typed with its unit, 万元 converted).
 */
export type CellKind = 'count' | 'signed' | 'amount' | 'yuan';

export interface Table2Row<K extends string = string> {
  key: K;
  label: string;
  /** the number of values: 3 (e.g. [制发, 废止, 现行有效]), 2 (2019's 收费 and 采购), or 1 (a single value spanning the value columns) */
  width: 1 | 2 | 3;
  /** the kind of every value of the row, unless `cellKinds` names each (the 2021 fee is an amount in 万元, most rows counts) */
  kind: CellKind;
  /** per value column, when they differ (2019: [上一年项目数量 count, 本年增/减 signed, …]) */
  cellKinds?: readonly CellKind[];
  /** other wordings of the label seen in published reports, read as this row on import (never printed) */
  aliases?: readonly string[];
}

export interface Table2Block<K extends string = string> {
  article: string; // block title row, spans all 4 columns
  headers: readonly string[]; // header row: 信息内容 + value headers (1 or 3)
  rows: readonly Table2Row<K>[];
}

/** A group in column B of section 三 (（一）…（七）). */
export interface Table3Group {
  key: string; // '3.1' … '3.7'
  label: string; // e.g. （三）不予公开
  /** when the group has sub-rows (column C), their keys; else the group itself is one row spanning B–C */
  items: readonly { key: string; label: string }[];
}

/**
 * One data row of table 三 with where its labels sit:
 * `a` spans A–C for rows 一/二/四; section 三 rows have `group` in B (spanning B–C when no `item`) and `item` in C.
 */
export interface Table3Row {
  key: string;
  label: string; // the row's own label (the most specific one)
  section: '1' | '2' | '3' | '4';
  group?: Table3Group;
  item?: { key: string; label: string };
}

/**
 * One step of a format's history: it turns a report of schemaVersion `to - 1`
 * into one of `to`. Rows the format gained are declared in `addedRows` and
 * filled with blank cells (a blank is not a zero); anything else (a renamed
 * row, a split cell) is `apply`, which edits a copy and must never drop a value.
 */
export interface UpgradeStep {
  to: number;
  /** what changed, in words, for whoever reads the history */
  note: string;
  addedRows?: Partial<Record<TableKey, readonly string[]>>;
  apply?: (report: Record<string, unknown>) => void;
}

/** One edition of the official format: parts, tables, labels, and how older files of it are upgraded. */
export interface ReportFormat<T2 extends string = string, T4 extends string = string> {
  id: typeof FORMAT_ID;
  edition: string;
  /** the document that issued this edition, as the rules' help cites it */
  notice: string;
  /** the report years this edition is for (a report of another year is accepted but flagged) */
  years: { from: number; to?: number };
  /** the interchange schemaVersion of this edition now; older ones are upgraded through `upgrades` */
  schemaVersion: number;
  /** oldest first; the last step's `to` is `schemaVersion` */
  upgrades: readonly UpgradeStep[];
  titleSuffix: string;
  levels: Readonly<Record<Level, string>>;
  parts: readonly PartDef[];
  /** part 六 must report the 信息处理费 charged (2021 on; the 2019 edition had no 信息处理费) */
  reportsFees: boolean;
  /** the aspects part 一 must cover, as the conventional subsection headings */
  overviewAspects: readonly { heading: string; keyword: string }[];
  table2: {
    contentHeader: string;
    blocks: readonly Table2Block<T2>[];
    /** every row of the blocks, in order */
    rows: readonly Table2Row<T2>[];
    /**
     * index of 本年制发件数 / 本年废止件数 / 现行有效件数 in the 3-wide rows of block 一; null where the edition
     * has no such column (2019: 本年新制作数量 / 本年新公开数量 / 对外公开总数量, the last counted differently by offices)
     */
    issued: number;
    repealed: number | null;
    inForce: number | null;
    /** an amount in 万元 allows up to this many decimals */
    feeDecimals: number;
  };
  table3: {
    corner: string;
    applicant: string;
    natural: string;
    legal: string;
    totalLabel: string;
    section3Label: string;
    /** the value columns, in the order of the interchange arrays */
    columns: readonly { key: string; label: string }[];
    totalCol: number;
    /** the columns under 法人或其他组织 */
    legalCols: readonly number[];
    groups: readonly Table3Group[];
    /** every data row, in order */
    rows: readonly Table3Row[];
    newRow: string;
    carriedIn: string;
    outcomeTotal: string;
    carriedOut: string;
    /** the rows whose sum is （七）总计 */
    outcomeRows: readonly string[];
  };
  table4: {
    review: string;
    litigation: string;
    outcomes: readonly string[];
    totalCol: number;
    groups: readonly { key: T4; label: string }[];
  };
}

/** Decimals an amount in 元 allows (to the 分); one in 万元 allows feeDecimals. */
export const YUAN_DECIMALS = 2;

/** The kind of the value in column `col` of a table 二 row (col ignored for a single-value row). */
export function table2CellKind(row: Pick<Table2Row, 'kind' | 'cellKinds'>, col: number | undefined): CellKind {
  return (col !== undefined ? row.cellKinds?.[col] : undefined) ?? row.kind;
}

/** The rows of table 三 in order: 一、二, then section 三's groups (their items, or the group as one row), then 四. */
export function table3RowsOf(before: readonly Table3Row[], groups: readonly Table3Group[], after: readonly Table3Row[]): Table3Row[] {
  return [
    ...before,
    ...groups.flatMap((g): Table3Row[] =>
      g.items.length === 0
        ? [{ key: g.key, label: g.label, section: '3', group: g }]
        : g.items.map((it) => ({ key: it.key, label: it.label, section: '3', group: g, item: it })),
    ),
    ...after,
  ];
}
