// consistency.text-vs-table, issue 14 §1–§3: 受理/答复/结转下年度/现行有效, totals that
// include carried-over applications, "所有申请均已办结", and figures in Chinese numerals.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../report/report';
import { validateReport, type Finding } from '../../../../report/rules/index';
import { statementsIn } from '../../../../report/rules/statements';
import { chineseNumeral } from '../../../../report/text';
import { busyReport } from '../../../fixtures/rules/reports';

// busyReport: 12 new + 1 carried in = 11 answered + 2 carried out; 复议 2, 诉讼 1; 规范性文件 3 issued, 20 in force
const textRule = (r: Report) => validateReport(r, { final: true }).filter((f) => f.rule === 'consistency.text-vs-table');
const place = (f: Finding) => [f.table, f.row, f.col, f.expected, f.actual];
const read = (text: string) => statementsIn('overview', text).map((s) => [s.subject, s.stated]);
function saying(sentence: string, r = busyReport()): Report {
  r.parts.overview += `\n${sentence}`;
  return r;
}

describe('受理…申请N件 reads like 收到', () => {
  it('共受理公开申请34件 against row 一 总计 12', () => {
    const f = textRule(saying('2023年，共受理政府信息公开申请34件。'));
    expect(f.map(place)).toEqual([['table3', '1', 6, 34, 12]]);
    expect(f[0].message).toContain('共受理政府信息公开申请34件');
  });
  it('agreeing, silent', () => expect(textRule(saying('2023年，共受理政府信息公开申请12件。'))).toEqual([]));
  it('受理市长热线诉求84件 is not about disclosure applications', () => expect(read('受理市长热线诉求申请84件，办结84件。')).toEqual([]));
});

describe('答复/办结…N件 against （七）总计', () => {
  it.each(['已全部答复申请10件。', '已办结10件，结转下年度2件。', '依法办理完毕10件。'])('“%s” with 总计 11 fires on row （七）', (s) => {
    const f = textRule(saying(`本年度收到的政府信息公开申请中，${s}`));
    expect(f.map(place)[0]).toEqual(['table3', '3.7', 6, 10, 11]);
  });
  it('办结11件 agrees', () => expect(textRule(saying('本年度政府信息公开申请已办结11件。'))).toEqual([]));
  it('行政复议答复2件 is not an answered application', () => expect(read('因政府信息公开申请引发行政复议，提交复议答复2件。').filter(([s]) => s === 'answered')).toEqual([]));
});

describe('结转下年度…N件 against row 四', () => {
  it.each(['结转下年度继续办理3件', '3件结转至下一年度办理'])('“%s” with row 四 总计 2', (s) => {
    const f = textRule(saying(`本年度政府信息公开申请中，${s}。`));
    expect(f.map(place)).toEqual([['table3', '4', 6, 3, 2]]);
  });
  it('2件 agrees', () => expect(textRule(saying('政府信息公开申请结转下年度继续办理2件。'))).toEqual([]));
});

describe('所有申请均已办结 while row 四 > 0 (§2)', () => {
  it.each(['所有申请均已按时办结', '政府信息公开申请均已按期答复', '受理的申请已全部办理完毕'])('“%s” contradicts 2 carried over', (s) => {
    const f = textRule(saying(`2023年，${s}。`));
    expect(f.map(place)).toEqual([['table3', '4', 6, 0, 2]]);
  });
  it('silent when nothing is carried over', () => {
    const r = busyReport();
    r.table3['4'] = [0, 0, 0, 0, 0, 0, 0];
    expect(textRule(saying('所有申请均已按时办结。', r)).filter((f) => f.row === '4')).toEqual([]);
  });
  it('a sentence naming 结转 is not the claim (均已按时办结或依法结转)', () => expect(read('所有申请均已按时办结或依法结转。')).toEqual([]));
  it('not about applications: 群众诉求均已办结', () => expect(read('12345热线群众诉求均已办结。')).toEqual([]));
});

describe('收到…N件（含上年结转M件） against rows 一 + 二 and 二', () => {
  it('13 = 12 + 1: silent; 14 fires on row 一 with both cells', () => {
    expect(textRule(saying('共收到政府信息公开申请13件（含上年结转1件）。'))).toEqual([]);
    const f = textRule(saying('共收到政府信息公开申请14件（含上年结转1件）。'));
    expect(f.map(place)).toEqual([['table3', '1', 6, 14, 13]]);
    expect(f[0].cells).toHaveLength(2);
  });
  it('the carried-over figure itself against row 二', () => {
    const f = textRule(saying('共收到政府信息公开申请13件，其中上年结转3件。'));
    expect(f.map(place)).toEqual([['table3', '2', 6, 3, 1]]);
  });
});

describe('现行有效…N件 against table 二', () => {
  it('现行有效规范性文件393件 while the table says 20', () => {
    const f = textRule(saying('截至年底，本机关现行有效规范性文件393件。'));
    expect(f.map(place)).toEqual([['table2', 'normativeDocuments', 2, 393, 20]]);
  });
  it('the kind from the sentence: 规范性文件…现行有效20件 agrees; 规章…现行有效1件 is compared with 规章', () => {
    expect(textRule(saying('本年制发规范性文件3件，现行有效20件。'))).toEqual([]);
    expect(textRule(saying('本机关制定的规章现行有效1件。')).map(place)).toEqual([['table2', 'rules', 2, 1, 0]]);
  });
  it('a sentence naming both kinds is not compared', () => expect(read('规章和规范性文件现行有效21件。')).toEqual([]));
});

describe('Chinese numerals (§3)', () => {
  it.each([
    ['五', 5],
    ['十二', 12],
    ['二十', 20],
    ['一百零三', 103],
    ['两千零五', 2005],
    ['一〇三', 103],
  ])('%s = %d', (s, n) => expect(chineseNumeral(s)).toBe(n));
  it.each(['三五', '十十', '零', '百千', 'abc'])('%s is not one number', (s) => expect(chineseNumeral(s)).toBeUndefined());

  it('收到申请十二件 read as 12, 行政复议两件 as 2', () => {
    expect(read('共收到政府信息公开申请十二件，行政复议两件。')).toEqual([
      ['received', 12],
      ['review', 2],
    ]);
  });
  it('一百零三件 against the table, quoted as written', () => {
    const f = textRule(saying('全年共收到政府信息公开申请一百零三件。'));
    expect(f.map(place)).toEqual([['table3', '1', 6, 103, 12]]);
    expect(f[0].message).toContain('一百零三件');
  });
  it.each(['收到政府信息公开申请十余件', '收到政府信息公开申请二十多件', '收到政府信息公开申请近百件', '收到政府信息公开申请数十件', '收到政府信息公开申请约十件'])(
    'approximate “%s” is never compared',
    (s) => expect(read(s + '。')).toEqual([]),
  );
  it('“与行政复议一起” is not one review', () => expect(read('与行政复议一起研究部署。')).toEqual([]));
});
