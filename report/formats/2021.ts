// The official 2021 format (国办公开办函〔2021〕30号) as data: official-format.md.
import { FORMAT_ID, table3RowsOf, type PartDef, type ReportFormat, type Table2Block, type Table3Group } from './types';

const CONTENT_HEADER = '信息内容';

const TABLE2_BLOCKS = [
  {
    article: '第二十条第（一）项',
    headers: [CONTENT_HEADER, '本年制发件数', '本年废止件数', '现行有效件数'],
    rows: [
      { key: 'rules', label: '规章', width: 3, kind: 'count' },
      { key: 'normativeDocuments', label: '行政规范性文件', width: 3, kind: 'count', aliases: ['规范性文件'] },
    ],
  },
  {
    article: '第二十条第（五）项',
    headers: [CONTENT_HEADER, '本年处理决定数量'],
    rows: [{ key: 'licensing', label: '行政许可', width: 1, kind: 'count' }],
  },
  {
    article: '第二十条第（六）项',
    headers: [CONTENT_HEADER, '本年处理决定数量'],
    rows: [
      { key: 'penalty', label: '行政处罚', width: 1, kind: 'count' },
      { key: 'coercion', label: '行政强制', width: 1, kind: 'count' },
    ],
  },
  {
    article: '第二十条第（八）项',
    headers: [CONTENT_HEADER, '本年收费金额（单位：万元）'],
    rows: [{ key: 'feesWanYuan', label: '行政事业性收费', width: 1, kind: 'amount' }],
  },
] as const satisfies readonly Table2Block[];

/** One table 二 row of the 2021 edition, with its literal key and width (the Report type is derived from these). */
export type Table2Row2021 = (typeof TABLE2_BLOCKS)[number]['rows'][number];
export type Table2Key = Table2Row2021['key'];

const TABLE4_GROUPS = [
  { key: 'review', label: '行政复议' },
  { key: 'litigationDirect', label: '未经复议直接起诉' },
  { key: 'litigationAfterReview', label: '复议后起诉' },
] as const;
export type Table4Key = (typeof TABLE4_GROUPS)[number]['key'];

const NATURAL = '自然人';
const TOTAL = '总计';

const TABLE3_GROUPS: readonly Table3Group[] = [
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

const TABLE3_ROWS = table3RowsOf(
  [
    { key: '1', label: '一、本年新收政府信息公开申请数量', section: '1' },
    { key: '2', label: '二、上年结转政府信息公开申请数量', section: '2' },
  ],
  TABLE3_GROUPS,
  [{ key: '4', label: '四、结转下年度继续办理', section: '4' }],
);

const PARTS: readonly PartDef[] = [
  { key: 'overview', numeral: '一', heading: '一、总体情况', kind: 'narrative' },
  { key: 'table2', numeral: '二', heading: '二、主动公开政府信息情况', kind: 'table' },
  { key: 'table3', numeral: '三', heading: '三、收到和处理政府信息公开申请情况', kind: 'table' },
  { key: 'table4', numeral: '四', heading: '四、政府信息公开行政复议、行政诉讼情况', kind: 'table' },
  { key: 'problems', numeral: '五', heading: '五、存在的主要问题及改进情况', kind: 'narrative' },
  { key: 'other', numeral: '六', heading: '六、其他需要报告的事项', kind: 'narrative' },
];

export const FORMAT_2021 = {
  id: FORMAT_ID,
  edition: '2021',
  notice: '国办公开办函〔2021〕30号',
  years: { from: 2021 },
  schemaVersion: 1,
  // schema version 1 is the first: nothing to upgrade yet
  upgrades: [],
  titleSuffix: '年政府信息公开工作年度报告',
  levels: {
    department: '部门（次年 1 月 31 日前公布）',
    government: '本级政府（次年 3 月 31 日前公布）',
  },
  parts: PARTS,
  reportsFees: true,
  overviewAspects: [
    { heading: '（一）主动公开情况', keyword: '主动公开' },
    { heading: '（二）依申请公开情况', keyword: '依申请公开' },
    { heading: '（三）政府信息管理情况', keyword: '政府信息管理' },
    { heading: '（四）平台建设情况', keyword: '平台建设' },
    { heading: '（五）监督保障情况', keyword: '监督保障' },
  ],
  table2: {
    contentHeader: CONTENT_HEADER,
    blocks: TABLE2_BLOCKS,
    rows: TABLE2_BLOCKS.flatMap((b): readonly Table2Row2021[] => b.rows),
    issued: 0,
    repealed: 1,
    inForce: 2,
    feeDecimals: 6,
  },
  table3: {
    corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    applicant: '申请人情况',
    natural: NATURAL,
    legal: '法人或其他组织',
    totalLabel: TOTAL,
    section3Label: '三、本年度办理结果',
    columns: [
      { key: 'natural', label: NATURAL },
      { key: 'business', label: '商业企业' },
      { key: 'research', label: '科研机构' },
      { key: 'publicInterest', label: '社会公益组织' },
      { key: 'legalService', label: '法律服务机构' },
      { key: 'otherOrg', label: '其他' },
      { key: 'total', label: TOTAL },
    ],
    totalCol: 6,
    legalCols: [1, 2, 3, 4, 5],
    groups: TABLE3_GROUPS,
    rows: TABLE3_ROWS,
    newRow: '1',
    carriedIn: '2',
    outcomeTotal: '3.7',
    carriedOut: '4',
    outcomeRows: TABLE3_ROWS.filter((r) => r.section === '3' && r.key !== '3.7').map((r) => r.key),
  },
  table4: {
    review: '行政复议',
    litigation: '行政诉讼',
    outcomes: ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
    totalCol: 4,
    groups: TABLE4_GROUPS,
  },
} as const satisfies ReportFormat<Table2Key, Table4Key>;
