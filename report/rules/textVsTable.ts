// consistency.text-vs-table: a figure stated in the narrative that the tables contradict.
import {
  T2_IN_FORCE,
  T2_ISSUED,
  T3_CARRIED_IN,
  T3_CARRIED_OUT,
  T3_NEW,
  T3_OUTCOME_TOTAL,
  TABLE3_TOTAL_COL,
  TABLE4_TOTAL_COL,
  cellName,
  partDef,
  type CellAddress,
} from '../format';
import { statementsOf, type Subject } from './statements';
import { memoByParts } from './textMemo';
import { severityOf, type Finding, type Rule, type RuleContext } from './types';
import { at, usable } from './values';

/** The cells a subject is compared with; the first is where the finding is placed. */
const CELLS_OF: Record<Subject, CellAddress[]> = {
  received: [at('table3', T3_NEW, TABLE3_TOTAL_COL)],
  receivedTotal: [at('table3', T3_NEW, TABLE3_TOTAL_COL), at('table3', T3_CARRIED_IN, TABLE3_TOTAL_COL)],
  carriedIn: [at('table3', T3_CARRIED_IN, TABLE3_TOTAL_COL)],
  answered: [at('table3', T3_OUTCOME_TOTAL, TABLE3_TOTAL_COL)],
  carriedOut: [at('table3', T3_CARRIED_OUT, TABLE3_TOTAL_COL)],
  review: [at('table4', 'review', TABLE4_TOTAL_COL)],
  // "行政诉讼N件" counts both kinds of litigation
  litigation: [at('table4', 'litigationDirect', TABLE4_TOTAL_COL), at('table4', 'litigationAfterReview', TABLE4_TOTAL_COL)],
  licensing: [at('table2', 'licensing')],
  penalty: [at('table2', 'penalty')],
  normative: [at('table2', 'normativeDocuments', T2_ISSUED)],
  normativeInForce: [at('table2', 'normativeDocuments', T2_IN_FORCE)],
  rulesInForce: [at('table2', 'rules', T2_IN_FORCE)],
};

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
    '用汉字写的数（五件、十二件、一百零三件）同样比较；带“余、多、近、约”的约数、写明其他年份的数字和对应不到单一格的说法都不比较，以免误报。' +
    '同一份报告的文字和表格自相矛盾，读者无从判断哪个是对的。依据：年报的正文和表格报告的是同一年度的同一组数据。',
  check: (ctx) => textVsTableFindings(ctx),
};

function textVsTableFindings(ctx: RuleContext): Finding[] {
  const r = ctx.report;
  const severity = severityOf(textVsTable, ctx);
  const out: Finding[] = [];
  const done = new Set<Subject>();
  for (const s of statements(r)) {
    if (done.has(s.subject)) continue; // one finding per place: the first contradiction
    if (s.year !== undefined && s.year !== r.year) continue; // a figure of another year
    const cells = CELLS_OF[s.subject];
    let actual = 0;
    let blank = false;
    for (const a of cells) {
      const v = usable(r, a);
      if (v === undefined) blank = true;
      else actual += v;
    }
    if (blank || actual === s.stated) continue;
    done.add(s.subject);
    const where = cells.length === 1 ? cellName(cells[0]) : cells.map(cellName).join('与') + '之和';
    out.push({
      rule: 'consistency.text-vs-table',
      severity,
      ...cells[0],
      part: s.part,
      quote: s.quote,
      expected: s.stated,
      actual,
      message: `“${partDef(s.part).heading}”中写“${s.quote}”，但${where}为 ${actual}；请改正文字或表格，使两者一致`,
      cells,
    });
  }
  return out;
}
