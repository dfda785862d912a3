// The official 2021 format (国办公开办函〔2021〕30号) as data.
// Every label of the report lives here and nowhere else: the grid, the rules,
// the exporter and the importers read it.

export const FORMAT_ID = 'zfxxgk-annual-report';
export const EDITION = '2021';
export const SCHEMA_VERSION = 1;

export const TITLE_SUFFIX = '年政府信息公开工作年度报告';
export function defaultTitle(unit: string, year: number): string {
  return `${unit}${year}${TITLE_SUFFIX}`;
}

export type Level = 'department' | 'government';
export const LEVEL_LABELS: Record<Level, string> = {
  department: '部门（次年 1 月 31 日前公布）',
  government: '本级政府（次年 3 月 31 日前公布）',
};

// ---- The six parts -------------------------------------------------------

export type NarrativeKey = 'overview' | 'problems' | 'other';
export type PartKey = NarrativeKey | 'table2' | 'table3' | 'table4';

export interface PartDef {
  key: PartKey;
  numeral: string; // 一 … 六
  heading: string; // the full heading as printed, e.g. 一、总体情况
  kind: 'narrative' | 'table';
}

export const PARTS: readonly PartDef[] = [
  { key: 'overview', numeral: '一', heading: '一、总体情况', kind: 'narrative' },
  { key: 'table2', numeral: '二', heading: '二、主动公开政府信息情况', kind: 'table' },
  { key: 'table3', numeral: '三', heading: '三、收到和处理政府信息公开申请情况', kind: 'table' },
  { key: 'table4', numeral: '四', heading: '四、政府信息公开行政复议、行政诉讼情况', kind: 'table' },
  { key: 'problems', numeral: '五', heading: '五、存在的主要问题及改进情况', kind: 'narrative' },
  { key: 'other', numeral: '六', heading: '六、其他需要报告的事项', kind: 'narrative' },
];

export function partDef(key: PartKey): PartDef {
  const p = PARTS.find((x) => x.key === key);
  if (!p) throw new Error(`unknown part ${key}`);
  return p;
}

/** The five aspects part 一 must cover, as the conventional subsection headings. */
export const OVERVIEW_ASPECTS = [
  { heading: '（一）主动公开情况', keyword: '主动公开' },
  { heading: '（二）依申请公开情况', keyword: '依申请公开' },
  { heading: '（三）政府信息管理情况', keyword: '政府信息管理' },
  { heading: '（四）平台建设情况', keyword: '平台建设' },
  { heading: '（五）监督保障情况', keyword: '监督保障' },
] as const;

// ---- Table 二 --------------------------------------------------------------

export type Table2Key = 'rules' | 'normativeDocuments' | 'licensing' | 'penalty' | 'coercion' | 'feesWanYuan';

export interface Table2Row {
  key: Table2Key;
  label: string;
  /** 3 for [制发, 废止, 现行有效]; 1 for a single value spanning columns 2–4 */
  width: 1 | 3;
  /** the fee is an amount in 万元, everything else a count */
  kind: 'count' | 'amount';
}

export interface Table2Block {
  article: string; // block title row, spans all 4 columns
  headers: readonly string[]; // header row: 信息内容 + value headers (1 or 3)
  rows: readonly Table2Row[];
}

export const TABLE2_CONTENT_HEADER = '信息内容';

export const TABLE2: readonly Table2Block[] = [
  {
    article: '第二十条第（一）项',
    headers: [TABLE2_CONTENT_HEADER, '本年制发件数', '本年废止件数', '现行有效件数'],
    rows: [
      { key: 'rules', label: '规章', width: 3, kind: 'count' },
      { key: 'normativeDocuments', label: '行政规范性文件', width: 3, kind: 'count' },
    ],
  },
  {
    article: '第二十条第（五）项',
    headers: [TABLE2_CONTENT_HEADER, '本年处理决定数量'],
    rows: [{ key: 'licensing', label: '行政许可', width: 1, kind: 'count' }],
  },
  {
    article: '第二十条第（六）项',
    headers: [TABLE2_CONTENT_HEADER, '本年处理决定数量'],
    rows: [
      { key: 'penalty', label: '行政处罚', width: 1, kind: 'count' },
      { key: 'coercion', label: '行政强制', width: 1, kind: 'count' },
    ],
  },
  {
    article: '第二十条第（八）项',
    headers: [TABLE2_CONTENT_HEADER, '本年收费金额（单位：万元）'],
    rows: [{ key: 'feesWanYuan', label: '行政事业性收费', width: 1, kind: 'amount' }],
  },
];

export const TABLE2_ROWS: readonly Table2Row[] = TABLE2.flatMap((b) => b.rows);
/** index of 现行有效件数 / 本年制发件数 / 本年废止件数 in a 3-wide row */
export const T2_ISSUED = 0;
export const T2_REPEALED = 1;
export const T2_IN_FORCE = 2;
/** the fee allows up to this many decimals (万元) */
export const FEE_DECIMALS = 4;

// ---- Table 三 --------------------------------------------------------------

export const TABLE3_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const TABLE3_APPLICANT = '申请人情况';
export const TABLE3_NATURAL = '自然人';
export const TABLE3_LEGAL = '法人或其他组织';
export const TABLE3_TOTAL_LABEL = '总计';

/** the seven value columns, in the order of the interchange arrays */
export const TABLE3_COLUMNS = [
  { key: 'natural', label: TABLE3_NATURAL },
  { key: 'business', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'publicInterest', label: '社会公益组织' },
  { key: 'legalService', label: '法律服务机构' },
  { key: 'otherOrg', label: '其他' },
  { key: 'total', label: TABLE3_TOTAL_LABEL },
] as const;
export const TABLE3_WIDTH = 7;
export const TABLE3_TOTAL_COL = 6;
/** columns 1..5 sit under 法人或其他组织 */
export const TABLE3_LEGAL_COLS = [1, 2, 3, 4, 5] as const;

/** A group in column B of section 三 (（一）…（七）). */
export interface Table3Group {
  key: string; // '3.1' … '3.7'
  label: string; // e.g. （三）不予公开
  /** when the group has sub-rows (column C), their keys; else the group itself is one row spanning B–C */
  items: readonly { key: string; label: string }[];
}

export const TABLE3_SECTION3_LABEL = '三、本年度办理结果';

export const TABLE3_GROUPS: readonly Table3Group[] = [
  { key: '3.1', label: '（一）予以公开', items: [] },
  { key: '3.2', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', items: [] },
  {
    key: '3.3',
    label: '（三）不予公开',
    items: [
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '5.属于三类内部事务信息',
      '6.属于四类过程性信息',
      '7.属于行政执法案卷',
      '8.属于行政查询事项',
    ].map((label, i) => ({ key: `3.3.${i + 1}`, label })),
  },
  {
    key: '3.4',
    label: '（四）无法提供',
    items: ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map((label, i) => ({
      key: `3.4.${i + 1}`,
      label,
    })),
  },
  {
    key: '3.5',
    label: '（五）不予处理',
    items: [
      '1.信访举报投诉类申请',
      '2.重复申请',
      '3.要求提供公开出版物',
      '4.无正当理由大量反复申请',
      '5.要求行政机关确认或重新出具已获取信息',
    ].map((label, i) => ({ key: `3.5.${i + 1}`, label })),
  },
  {
    key: '3.6',
    label: '（六）其他处理',
    items: [
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3.其他',
    ].map((label, i) => ({ key: `3.6.${i + 1}`, label })),
  },
  { key: '3.7', label: '（七）总计', items: [] },
];

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

export const TABLE3_ROWS: readonly Table3Row[] = [
  { key: '1', label: '一、本年新收政府信息公开申请数量', section: '1' },
  { key: '2', label: '二、上年结转政府信息公开申请数量', section: '2' },
  ...TABLE3_GROUPS.flatMap((g): Table3Row[] =>
    g.items.length === 0
      ? [{ key: g.key, label: g.label, section: '3', group: g }]
      : g.items.map((it) => ({ key: it.key, label: it.label, section: '3', group: g, item: it })),
  ),
  { key: '4', label: '四、结转下年度继续办理', section: '4' },
];
export const TABLE3_ROW_KEYS: readonly string[] = TABLE3_ROWS.map((r) => r.key);

export const T3_NEW = '1';
export const T3_CARRIED_IN = '2';
export const T3_OUTCOME_TOTAL = '3.7';
export const T3_CARRIED_OUT = '4';
/** the rows whose sum is （七）总计: every outcome row of section 三 except 3.7 itself */
export const T3_OUTCOME_ROWS: readonly string[] = TABLE3_ROWS.filter(
  (r) => r.section === '3' && r.key !== T3_OUTCOME_TOTAL,
).map((r) => r.key);

// ---- Table 四 --------------------------------------------------------------

export type Table4Key = 'review' | 'litigationDirect' | 'litigationAfterReview';
export const TABLE4_REVIEW = '行政复议';
export const TABLE4_LITIGATION = '行政诉讼';
export const TABLE4_OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const;
export const TABLE4_TOTAL_COL = 4;
export const TABLE4_GROUPS: readonly { key: Table4Key; label: string }[] = [
  { key: 'review', label: TABLE4_REVIEW },
  { key: 'litigationDirect', label: '未经复议直接起诉' },
  { key: 'litigationAfterReview', label: '复议后起诉' },
];

// ---- Cell addresses ------------------------------------------------------

export type TableKey = 'table2' | 'table3' | 'table4';

/** A cell as interchange.md addresses it; `col` is absent for single-value rows of table 二. */
export interface CellAddress {
  table: TableKey;
  row: string;
  col?: number;
}

/** Every cell of the three tables, in document order: 9 + 175 + 15. */
export function allCells(): CellAddress[] {
  const cells: CellAddress[] = [];
  for (const r of TABLE2_ROWS) {
    if (r.width === 3) for (let c = 0; c < 3; c++) cells.push({ table: 'table2', row: r.key, col: c });
    else cells.push({ table: 'table2', row: r.key });
  }
  for (const r of TABLE3_ROWS) for (let c = 0; c < TABLE3_WIDTH; c++) cells.push({ table: 'table3', row: r.key, col: c });
  for (const g of TABLE4_GROUPS) for (let c = 0; c < TABLE4_OUTCOMES.length; c++) cells.push({ table: 'table4', row: g.key, col: c });
  return cells;
}

/** A short Chinese name of a cell for messages, e.g. 表三“一、本年新收…”行“自然人”列. */
export function cellName(a: CellAddress): string {
  if (a.table === 'table2') {
    const r = TABLE2_ROWS.find((x) => x.key === a.row);
    if (!r) return `表二 ${a.row}`;
    if (r.width === 1) return `表二“${r.label}”`;
    const block = TABLE2.find((b) => b.rows.includes(r))!;
    return `表二“${r.label}”的“${block.headers[(a.col ?? 0) + 1]}”`;
  }
  if (a.table === 'table3') {
    const r = TABLE3_ROWS.find((x) => x.key === a.row);
    const rowName = !r ? a.row : r.item ? `${r.group!.label}${r.item.label}` : r.label;
    return `表三“${rowName}”行“${TABLE3_COLUMNS[a.col ?? 0]?.label ?? a.col}”列`;
  }
  const g = TABLE4_GROUPS.find((x) => x.key === a.row);
  return `表四“${g?.label ?? a.row}”的“${TABLE4_OUTCOMES[a.col ?? 0] ?? a.col}”`;
}

export function sameCell(a: CellAddress, b: CellAddress): boolean {
  return a.table === b.table && a.row === b.row && (a.col ?? -1) === (b.col ?? -1);
}

/** 31 January (department) or 31 March (government) of the year after the report's year. */
export function deadlineOf(year: number, level: Level): { month: number; day: number; year: number } {
  return level === 'government' ? { year: year + 1, month: 3, day: 31 } : { year: year + 1, month: 1, day: 31 };
}
