// The 2019 edition of the official format (国办公开办函〔2019〕60号), for the
// reports of 2019 and 2020, as data: official-format-2019.md. Only what differs
// from 2021 is written here; the rest is the 2021 edition's own values.
import { FORMAT_2021 } from './2021';
import { table3RowsOf, type PartDef, type ReportFormat, type Table2Block, type Table3Group } from './types';

const F = FORMAT_2021;
const CONTENT_HEADER = F.table2.contentHeader;
const CHANGE = '本年增/减';
const MATTERS = [CONTENT_HEADER, '上一年项目数量', CHANGE, '处理决定数量'];
const MATTER_KINDS = ['count', 'signed', 'count'] as const;

const TABLE2_BLOCKS = [
  {
    article: '第二十条第（一）项',
    headers: [CONTENT_HEADER, '本年新制作数量', '本年新公开数量', '对外公开总数量'],
    rows: [
      { key: 'rules', label: '规章', width: 3, kind: 'count' },
      { key: 'normativeDocuments', label: '规范性文件', width: 3, kind: 'count', aliases: ['行政规范性文件'] },
    ],
  },
  {
    article: '第二十条第（五）项',
    headers: MATTERS,
    rows: [
      { key: 'licensing', label: '行政许可', width: 3, kind: 'count', cellKinds: MATTER_KINDS },
      { key: 'otherServices', label: '其他对外管理服务事项', width: 3, kind: 'count', cellKinds: MATTER_KINDS },
    ],
  },
  {
    article: '第二十条第（六）项',
    headers: MATTERS,
    rows: [
      { key: 'penalty', label: '行政处罚', width: 3, kind: 'count', cellKinds: MATTER_KINDS },
      { key: 'coercion', label: '行政强制', width: 3, kind: 'count', cellKinds: MATTER_KINDS },
    ],
  },
  {
    article: '第二十条第（八）项',
    headers: [CONTENT_HEADER, '上一年项目数量', CHANGE],
    rows: [{ key: 'fees', label: '行政事业性收费', width: 2, kind: 'count', cellKinds: ['count', 'signed'] }],
  },
  {
    article: '第二十条第（九）项',
    headers: [CONTENT_HEADER, '采购项目数量', '采购总金额'],
    rows: [{ key: 'procurement', label: '政府集中采购', width: 2, kind: 'count', cellKinds: ['count', 'yuan'] }],
  },
] as const satisfies readonly Table2Block[];

/** One table 二 row of the 2019 edition, with its literal key and width (the Report type is derived from these). */
export type Table2Row2019 = (typeof TABLE2_BLOCKS)[number]['rows'][number];
export type Table2Key2019 = Table2Row2019['key'];

// （六）其他处理 is one row: the 2021 sub-rows 1–3 do not exist
const TABLE3_GROUPS: readonly Table3Group[] = F.table3.groups.map((g) => (g.key === '3.6' ? { key: g.key, label: g.label, items: [] } : g));

const TABLE3_ROWS = table3RowsOf(
  F.table3.rows.filter((r) => r.section === '1' || r.section === '2'),
  TABLE3_GROUPS,
  F.table3.rows.filter((r) => r.section === '4'),
);

const PROBLEMS_2019 = '五、政府信息公开工作存在的主要问题及改进情况';
const PARTS: readonly PartDef[] = F.parts.map((p) =>
  p.key === 'problems' ? { ...p, heading: PROBLEMS_2019, aliases: [p.heading] } : p,
);

export const FORMAT_2019 = {
  ...F,
  edition: '2019',
  notice: '国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
  schemaVersion: 1,
  upgrades: [],
  parts: PARTS,
  reportsFees: false,
  table2: {
    contentHeader: CONTENT_HEADER,
    blocks: TABLE2_BLOCKS,
    rows: TABLE2_BLOCKS.flatMap((b): readonly Table2Row2019[] => b.rows),
    issued: 0,
    // no 本年废止 and no 现行有效: 对外公开总数量 is counted differently by different offices
    repealed: null,
    inForce: null,
    feeDecimals: F.table2.feeDecimals,
  },
  table3: {
    ...F.table3,
    groups: TABLE3_GROUPS,
    rows: TABLE3_ROWS,
    outcomeRows: TABLE3_ROWS.filter((r) => r.section === '3' && r.key !== F.table3.outcomeTotal).map((r) => r.key),
  },
  // table 四 is identical
  table4: F.table4,
} as const satisfies ReportFormat<Table2Key2019>;
