// consistency.text-vs-table and narrative.overview-aspects on sentences from
// real published reports (test/fixtures/real and pages like them): web copies
// write half-width punctuation (, ; :) and offices word things their own way.
// A finding must come only where text and table really disagree.
import { describe, expect, it } from 'vitest';
import { T3_NEW, TABLE3_TOTAL_COL } from '../../../../report/format';
import { blankReport, withCell, type Report } from '../../../../report/report';
import { validateReport } from '../../../../report/rules/index';
import { statementsIn } from '../../../../report/rules/statements';

const subjects = (text: string) => statementsIn('overview', text).map((s) => [s.subject, s.stated]);

function withOverview(overview: string, received: number): Report {
  const r = withCell(blankReport('某某局', 2024), { table: 'table3', row: T3_NEW, col: TABLE3_TOTAL_COL }, received);
  return { ...r, parts: { overview, problems: '无明显问题，下一步继续改进。', other: '未收取信息处理费。' } };
}
const textFindings = (r: Report) => validateReport(r, { final: false }).filter((f) => f.rule === 'consistency.text-vs-table');

describe('statements in half-width punctuation', () => {
  it('a semicolon ends the clause: the figure after it is read on its own', () => {
    expect(subjects('2024年,我局共收到政府信息公开申请5件,均在规定时限内完成答复;政府信息公开行政复议1件(申请人撤回结案)、行政诉讼0件。')).toEqual([
      ['received', 5],
      ['carriedOut', 0], // 均在规定时限内完成答复: nothing carried over
      ['review', 1],
      ['litigation', 0],
    ]);
  });

  it('未收到行政许可申请 is not about information-disclosure applications; 未接到信息公开申请 is', () => {
    expect(subjects('我办全年未收到行政许可申请;各栏目共刊发文稿44篇。')).toEqual([]);
    expect(subjects('我办全年未收到行政许可申请;全年未接到信息公开申请;各栏目共刊发文稿44篇。')).toEqual([['received', 0]]);
  });

  it('a figure of last year’s applications is not compared with this year', () => {
    const s = statementsIn('overview', '2024年,我局未收到政府信息公开申请。办理因2023年度政府信息公开申请引发行政复议1件、引发行政诉讼2件,均维持结果。');
    expect(s.filter((x) => x.year === 2024).map((x) => [x.subject, x.stated])).toEqual([['received', 0]]);
  });
});

describe('a total that includes last year’s carried-over applications', () => {
  it.each(['共收到政府信息公开申请12件,其中上年结转2件。', '共收到政府信息公开申请12件（含上年结转2件）。', '共收到政府信息公开申请12件，包括上年度结转的2件。'])(
    '“%s” is not compared with row 一 alone',
    (text) => {
      expect(textFindings(withOverview(text, 10))).toEqual([]);
    },
  );

  it('but a plain count that disagrees with row 一 is found', () => {
    const f = textFindings(withOverview('2024年,共收到政府信息公开申请12件,均按时答复。', 10));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ expected: 12, actual: 10, row: T3_NEW, col: TABLE3_TOTAL_COL });
  });
});

describe('narrative.overview-aspects on headings real reports use', () => {
  const five = (supervision: string, platform: string, body = '纳入绩效考核体系。') =>
    `(一)主动公开政府信息情况\n主动公开信息9540条。\n(二)依申请公开政府信息情况\n受理19件。\n(三)政府信息管理\n严格落实三审三校。\n${platform}\n加强网站建设。\n${supervision}\n${body}`;
  const aspects = (r: Report) => validateReport(r, { final: false }).filter((f) => f.rule === 'narrative.overview-aspects');

  it.each([
    ['(五)监督考核情况', '(四)政务公开平台建设情况'],
    ['(五)工作考核、社会评议和责任追究结果情况', '(四)政府网站和政务新媒体建设情况'],
  ])('%s / %s cover 监督保障 and 平台建设', (supervision, platform) => {
    expect(aspects(withOverview(five(supervision, platform), 0))).toEqual([]);
  });

  it('an overview that names neither still gets both warnings', () => {
    const f = aspects(withOverview(five('(五)其他情况', '(四)网站情况', '按时更新栏目。'), 0));
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining('平台建设'), expect.stringContaining('监督保障')]);
  });
});

describe('narrative.fee-report on wordings of real reports', () => {
  const fee = (other: string) =>
    validateReport({ ...withOverview('主动公开、依申请公开、政府信息管理、平台建设、监督保障', 0), parts: { overview: '主动公开、依申请公开、政府信息管理、平台建设、监督保障', problems: '无明显问题，下一步继续改进。', other } }, { final: false }).filter(
      (f) => f.rule === 'narrative.fee-report',
    );

  it.each(['本局2024年度及历年政府信息公开均未收取任何费用。', '本年度未收取相关费用。', '依申请公开不收取费用。'])('“%s” reports the fee', (other) => {
    expect(fee(other)).toEqual([]);
  });

  it.each(['本年度按时完成各项任务。', '收取行政事业性收费0万元的情况已在表二列明。'])('“%s” does not', (other) => {
    expect(fee(other)).toHaveLength(1);
  });
});
