// consistency.text-vs-table: a figure stated in the narrative that the tables contradict.
import { cellNameIn, formatOf, type CellAddress, type ReportFormat } from '../format';
import { statementsOf, type Subject } from './statements';
import { memoByParts } from './textMemo';
import { severityOf, type Finding, type Rule, type RuleContext } from './types';
import { at, perFormat, usable } from './values';

/**
 * The cells a subject is compared with in a format; the first is where the finding is placed.
 * 2019 edition: 行政许可/行政处罚 are the 处理决定数量 (the last of their three columns, what the
 * 2021 edition's single value counts), 制发规范性文件 is 本年新制作数量; 现行有效 has no column
 * there (对外公开总数量 is counted otherwise), so those subjects are not compared.
 */
const cellsOf = perFormat((f: ReportFormat): Partial<Record<Subject, CellAddress[]>> => {
  const t3 = f.table3;
  const t4 = f.table4.totalCol;
  const decisions = (key: string) => {
    const row = f.table2.rows.find((r) => r.key === key)!;
    return row.width === 1 ? at('table2', key) : at('table2', key, row.width - 1);
  };
  const inForce = f.table2.inForce;
  return {
    received: [at('table3', t3.newRow, t3.totalCol)],
    receivedTotal: [at('table3', t3.newRow, t3.totalCol), at('table3', t3.carriedIn, t3.totalCol)],
    carriedIn: [at('table3', t3.carriedIn, t3.totalCol)],
    answered: [at('table3', t3.outcomeTotal, t3.totalCol)],
    carriedOut: [at('table3', t3.carriedOut, t3.totalCol)],
    review: [at('table4', 'review', t4)],
    // "行政诉讼N件" counts both kinds of litigation
    litigation: [at('table4', 'litigationDirect', t4), at('table4', 'litigationAfterReview', t4)],
    licensing: [decisions('licensing')],
    penalty: [decisions('penalty')],
    normative: [at('table2', 'normativeDocuments', f.table2.issued)],
    ...(inForce === null
      ? {}
      : { normativeInForce: [at('table2', 'normativeDocuments', inForce)], rulesInForce: [at('table2', 'rules', inForce)] }),
  };
});

const statements = memoByParts(statementsOf);

export const textVsTable: Rule<'consistency.text-vs-table'> = {
  id: 'consistency.text-vs-table',
  name: '正文与表格数字不一致',
  severity: 'warning',
  needs: {},
  help:
    '检查正文（第一、五、六部分）中明确写出的数字是否与表格一致，例如“收到（受理）政府信息公开申请N件”与表三第一行“总计”、' +
    '“收到申请N件（含上年结转M件）”与表三第一、二行之和、“上年结转N件”与表三第二行、“答复（办结）N件”与表三“（七）总计”、' +
    '“结转下年度N件”与表三第四行、“行政复议N件”与表四行政复议“总计”、“行政诉讼N件”与表四两类行政诉讼“总计”之和、' +
    '“行政许可N件”“行政处罚N件”与表二、“制发规范性文件N件”“现行有效N件”与表二行政规范性文件的“本年制发件数”“现行有效件数”；' +
    '“未收到政府信息公开申请”“未发生行政复议、行政诉讼”等否定说法按 0 比较，“所有申请均已办结”按结转下年度为 0 比较。' +
    '2019 年版格式（2019、2020 年度报告）中，“行政许可N件”“行政处罚N件”与表二的“处理决定数量”比较，“制发规范性文件N件”与“本年新制作数量”比较；' +
    '该版没有“现行有效件数”（“对外公开总数量”口径不一），“现行有效N件”不比较。' +
    '用汉字写的数（五件、十二件、一百零三件）同样比较；带“余、多、近、约”的约数、写明其他年份的数字和对应不到单一格的说法都不比较，以免误报。' +
    '同一份报告的文字和表格自相矛盾，读者无从判断哪个是对的。依据：年报的正文和表格报告的是同一年度的同一组数据。',
  check: (ctx) => textVsTableFindings(ctx),
};

function textVsTableFindings(ctx: RuleContext): Finding[] {
  const r = ctx.report;
  const format = formatOf(r);
  const severity = severityOf(textVsTable, ctx);
  const out: Finding[] = [];
  const done = new Set<Subject>();
  for (const s of statements(r)) {
    if (done.has(s.subject)) continue; // one finding per place: the first contradiction
    if (s.year !== undefined && s.year !== r.year) continue; // a figure of another year
    const cells = cellsOf(r)[s.subject];
    if (!cells) continue; // a subject the report's edition has no cell for
    let actual = 0;
    let blank = false;
    for (const a of cells) {
      const v = usable(r, a);
      if (v === undefined) blank = true;
      else actual += v;
    }
    if (blank || actual === s.stated) continue;
    done.add(s.subject);
    const name = (a: CellAddress) => cellNameIn(format, a);
    const where = cells.length === 1 ? name(cells[0]) : cells.map(name).join('与') + '之和';
    out.push({
      rule: 'consistency.text-vs-table',
      severity,
      ...cells[0],
      part: s.part,
      quote: s.quote,
      expected: s.stated,
      actual,
      message: `“${format.parts.find((p) => p.key === s.part)!.heading}”中写“${s.quote}”，但${where}为 ${actual}；请改正文字或表格，使两者一致`,
      cells,
    });
  }
  return out;
}
