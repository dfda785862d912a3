// consistency.text-vs-table: explicit figures in the narrative against the tables.
import { describe, expect, it } from 'vitest';
import { withCell, type Report } from '../../../../report/report';
import { validateReport, type Finding } from '../../../../report/rules/index';
import { statementsOf } from '../../../../report/rules/statements';
import { busyReport, completeReport, seedReport } from '../../../fixtures/rules/reports';

const textRule = (r: Report) => validateReport(r, { final: true }).filter((f) => f.rule === 'consistency.text-vs-table');
const place = (f: Finding) => [f.table, f.row, f.col, f.expected, f.actual];
const T3_NEW_TOTAL = { table: 'table3', row: '1', col: 6 } as const;

/** busyReport (12 new applications) with one sentence appended to part 一. */
function saying(sentence: string, r = busyReport()): Report {
  r.parts.overview += `\n${sentence}`;
  return r;
}

describe('silent on consistent reports', () => {
  it.each([
    ['seed', seedReport()],
    ['complete seed', completeReport()],
    ['busy', busyReport()],
  ])('%s', (_, r) => expect(textRule(r)).toEqual([]));

  it('the busy report’s figures are really read (so its silence means agreement)', () => {
    const s = statementsOf(busyReport().parts).map((x) => [x.subject, x.stated]);
    expect(s).toEqual(
      expect.arrayContaining([
        ['received', 12],
        ['carriedIn', 1],
        ['review', 2],
        ['litigation', 1],
        ['normative', 3],
      ]),
    );
  });

  it('the seed’s negatives are read: no application, no review, no lawsuit', () => {
    const s = statementsOf(seedReport().parts).map((x) => [x.subject, x.stated]);
    expect(s).toEqual(expect.arrayContaining([['received', 0], ['review', 0], ['litigation', 0]]));
  });
});

describe('received applications', () => {
  it('“本年度共收到政府信息公开申请12件” with row 一 总计 = 11 fires on that cell', () => {
    const r = withCell(completeReport(), T3_NEW_TOTAL, 11);
    r.parts.overview = r.parts.overview.replace(/中卫市应急管理局 2023 年度未收到[^。]*。/, '本年度共收到政府信息公开申请12件。');
    r.parts.other = r.parts.other.replace(/本机关 2023 年未收到有关政府信息公开的申请，/, '');
    const f = textRule(r);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', ...T3_NEW_TOTAL, part: 'overview', expected: 12, actual: 11 });
    expect(f[0].message).toContain('本年度共收到政府信息公开申请12件');
    expect(f[0].message).toContain('表三“一、本年新收政府信息公开申请数量”行“总计”列');
  });

  it.each(['收到申请30余件。', '共收到申请近30件。', '收到申请约30件。', '收到政府信息公开申请30多件。', '收到申请30件左右。'])(
    'approximate “%s” is never compared',
    (s) => expect(textRule(saying(s))).toEqual([]),
  );

  it.each([
    ['收到人大代表建议12件。'],
    ['收到行政复议申请2件。'], // ties to 行政复议, which is 2: agrees
    ['收到政府信息公开申请13件（含上年结转1件）。'], // 12 + 1: no single cell
    ['收到信访申请5件。'],
  ])('“%s” is not read as row 一', (s) => expect(textRule(saying(s))).toEqual([]));

  it.each([
    ['2022年收到政府信息公开申请8件，2023年收到政府信息公开申请12件。'],
    ['与上年收到申请8件相比有所增加。'],
    ['去年收到申请8件。'],
  ])('a figure of another year is not compared: “%s”', (s) => expect(textRule(saying(s))).toEqual([]));

  it('the year named last before the figure decides', () => {
    const f = textRule(saying('2022年收到申请8件，2023年收到政府信息公开申请件数为13件。'));
    expect(f.map(place)).toEqual([['table3', '1', 6, 13, 12]]);
  });

  it('full-width digits and spaces are read', () => {
    const f = textRule(saying('本年度收到政府信息公开申请 １５ 件。'));
    expect(f.map(place)).toEqual([['table3', '1', 6, 15, 12]]);
  });

  it('“未收到…申请” while row 一 总计 > 0', () => {
    const f = textRule(saying('本年度未收到政府信息公开申请。', busyReport()));
    expect(f.map(place)).toEqual([['table3', '1', 6, 0, 12]]);
  });

  it('a blank total is not compared', () => {
    const r = withCell(saying('本年度收到政府信息公开申请15件。'), T3_NEW_TOTAL, null);
    expect(textRule(r)).toEqual([]);
  });

  it('two contradicting statements about one cell give one finding', () => {
    const f = textRule(saying('收到申请15件。另收到政府信息公开申请16件。'));
    expect(f.map(place)).toEqual([['table3', '1', 6, 15, 12]]);
  });

  it('part 六 is read too', () => {
    const r = busyReport();
    r.parts.other += '\n本年度共新收政府信息公开申请10件。';
    expect(textRule(r).map((f) => [f.part, f.expected])).toEqual([['other', 10]]);
  });
});

describe('other figures', () => {
  it('上年结转N件 against row 二 总计', () => {
    expect(textRule(saying('上年结转申请3件。')).map(place)).toEqual([['table3', '2', 6, 3, 1]]);
  });

  it('行政复议N件 against 复议 总计', () => {
    expect(textRule(saying('发生行政复议5起。')).map(place)).toEqual([['table4', 'review', 4, 5, 2]]);
  });

  it('行政诉讼N件 against both kinds of lawsuit together', () => {
    const f = textRule(saying('行政诉讼案件3件。'));
    expect(f.map(place)).toEqual([['table4', 'litigationDirect', 4, 3, 1]]);
    expect(f[0].cells).toHaveLength(2);
    const agree = withCell(withCell(busyReport(), { table: 'table4', row: 'litigationAfterReview', col: 0 }, 2), { table: 'table4', row: 'litigationAfterReview', col: 4 }, 2);
    agree.parts.overview = agree.parts.overview.replace('行政诉讼1件', '行政诉讼3件');
    expect(textRule(agree)).toEqual([]);
  });

  it('“不存在…行政复议和行政诉讼情况” while both happened', () => {
    const f = textRule(saying('本年度不存在因政府信息公开引起的行政复议和行政诉讼情况。'));
    expect(f.map(place)).toEqual([
      ['table4', 'review', 4, 0, 2],
      ['table4', 'litigationDirect', 4, 0, 1],
    ]);
  });

  it('“无因政府信息公开引发的行政复议、行政诉讼案件” at the start of a clause', () => {
    const f = textRule(saying('本年度，无因政府信息公开引发的行政复议、行政诉讼案件。'));
    expect(f.map((x) => x.row)).toEqual(['review', 'litigationDirect']);
  });

  it('“不存在行政复议被纠错的情况” is not read as “no review”', () => {
    expect(textRule(saying('不存在行政复议被纠错的情况。'))).toEqual([]);
  });

  it('行政许可 with thousands separator, 行政处罚', () => {
    expect(textRule(saying('全年办理行政许可4,337件，行政处罚18件。'))).toEqual([]);
    const f = textRule(saying('全年办理行政许可4000件，作出行政处罚决定20件。'));
    expect(f.map(place)).toEqual([
      ['table2', 'licensing', undefined, 4000, 4337],
      ['table2', 'penalty', undefined, 20, 18],
    ]);
  });

  it('“行政许可事项12项” (a list of items, not decisions) is ignored', () => {
    expect(textRule(saying('公开行政许可事项12项。'))).toEqual([]);
  });

  it('制发规范性文件N件 against 行政规范性文件 本年制发', () => {
    expect(textRule(saying('本年制发规范性文件4件。')).map(place)).toEqual([['table2', 'normativeDocuments', 0, 4, 3]]);
    expect(textRule(saying('印发行政规范性文件5件。')).map((f) => f.expected)).toEqual([5]);
  });
});

describe('sentences as real reports write them (review pass)', () => {
  const subjects = (sentence: string) => statementsOf({ overview: sentence, problems: '', other: '' }).map((x) => [x.subject, x.stated]);

  it.each([
    ['共收到政府信息公开申请0件。', [['received', 0]]],
    ['收到各类政府信息公开申请共计12件。', [['received', 12]]],
    ['新收政府信息公开申请12件，上年结转3件。', [['received', 12], ['carriedIn', 3]]],
    ['全年未发生政府信息公开行政复议案件。', [['review', 0]]],
    ['行政复议1起，行政诉讼0起。', [['review', 1], ['litigation', 0]]],
    ['共收到政府信息公开申请１２件。', [['received', 12]]],
    // Chinese numerals are read (issue 14 §3); approximate ones (十余件) are not: text-more.test.ts
    ['共收到政府信息公开申请十二件。', [['received', 12]]],
  ])('%s', (sentence, expected) => expect(subjects(sentence)).toEqual(expected));

  it('a contradiction in full-width digits warns on row 一 总计', () => {
    expect(textRule(saying('共收到政府信息公开申请１３件。')).map(place)).toEqual([['table3', '1', 6, 13, 12]]);
  });

  it('行政诉讼0起 against a lawsuit in the table warns on the litigation totals', () => {
    const f = textRule(saying('行政复议2起，行政诉讼0起。'));
    expect(f.map((x) => [x.row, x.expected, x.actual])).toEqual([['litigationDirect', 0, 1]]);
  });
});

describe('negatives naming both kinds with their verbs (review pass)', () => {
  const subjects = (sentence: string) => statementsOf({ overview: sentence, problems: '', other: '' }).map((x) => [x.subject, x.stated]);

  it.each([
    ['本年度未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。'],
    ['本机关未因政府信息公开被申请行政复议或提起行政诉讼。'],
  ])('%s → no review and no lawsuit', (sentence) => {
    expect(subjects(sentence)).toEqual(expect.arrayContaining([['review', 0], ['litigation', 0]]));
    expect(subjects(sentence)).toHaveLength(2);
  });

  it('so a review in the table contradicts it', () => {
    const f = textRule(saying('本年度未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。'));
    expect(f.map((x) => [x.row, x.expected, x.actual])).toEqual([['review', 0, 2], ['litigationDirect', 0, 1]]);
  });
});

it('a figure with a zero-width space from a web copy is still read (review pass)', () => {
  const subjects = statementsOf({ overview: '共收到政府信息公开申请1\u200b3件。', problems: '', other: '' }).map((x) => [x.subject, x.stated]);
  expect(subjects).toEqual([['received', 13]]);
});
