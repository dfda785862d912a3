// The text itself (issue 14 §4–§7): text.year-mismatch, structure.headings, text.doubled, text.punctuation.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../report/report';
import { validateReport } from '../../../../report/rules/index';
import { unbalanced } from '../../../../report/rules/wording';
import { otherYearSentences } from '../../../../report/rules/yearMismatch';
import { busyReport, completeReport, seedReport } from '../../../fixtures/rules/reports';

const TEXT_RULES = ['text.year-mismatch', 'structure.headings', 'text.doubled', 'text.punctuation'];
const of = (rule: string, r: Report) => validateReport(r, { final: true }).filter((f) => f.rule === rule);
function withPart(part: 'overview' | 'problems' | 'other', text: string, r: Report = completeReport()): Report {
  r.parts[part] += `\n${text}`;
  return r;
}

it.each([
  ['seed', seedReport()],
  ['complete seed', completeReport()],
  ['busy', busyReport()],
])('no text rule fires on the %s report', (_, r) => {
  expect(validateReport(r, { final: true }).filter((f) => TEXT_RULES.includes(f.rule))).toEqual([]);
});

describe('text.year-mismatch (§4)', () => {
  it('a 2023 report telling its work under 2022年 fires once on the part, naming the sentence', () => {
    const r = withPart('overview', '2022年，我局共收到政府信息公开申请5件。2022年全年主动公开信息80条。');
    const f = of('text.year-mismatch', r);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ part: 'overview', severity: 'warning' });
    expect(f[0].message).toContain('2022年，我局共收到政府信息公开申请5件');
    expect(f[0].message).toContain('等 2 句');
    expect(f[0].message).toContain('2023 年度');
  });
  it('the year after (2024年，共办结…) too', () => {
    expect(otherYearSentences('2024年，共办结政府信息公开申请3件。', 2023)).toHaveLength(1);
  });
  it.each([
    '及时公开2022年部门决算。',
    '2022年部门决算已按时公开。',
    '截至2022年底，已公开目录信息500条。',
    '较2022年，主动公开信息增加20条。',
    '2024年，我局将继续做好政府信息公开工作。',
    '2022年报告中指出的问题已整改完成。',
    '自2022年起，我局开展政务公开标准化建设。',
    '2023年与2022年相比，公开数量增加。',
    '本报告统计数据从2023年1月1日至2023年12月31日。',
  ])('silent on “%s”', (s) => expect(otherYearSentences(s, 2023)).toEqual([]));
});

describe('structure.headings (§5)', () => {
  it('another part’s heading pasted into part 一', () => {
    const f = of('structure.headings', withPart('overview', '二、主动公开政府信息情况\n见下表。'));
    expect(f.map((x) => [x.part, x.message])).toEqual([['overview', expect.stringContaining('另一部分的标题“二、主动公开政府信息情况”')]]);
  });
  it('the block shifted by one: 一、主动公开政府信息情况', () => {
    const f = of('structure.headings', withPart('overview', '一、主动公开政府信息情况\n主动公开信息80条。'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/序号错位.*序号应为“二、”.*（一）主动公开情况/);
  });
  it('the five aspects numbered as parts: 三、政府信息管理情况', () => {
    const f = of('structure.headings', withPart('overview', '三、政府信息管理情况\n严格审核。'));
    expect(f[0].message).toContain('应编为“（一）”至“（五）”，如“（三）政府信息管理情况”');
  });
  it('two wrong headings in one part: one finding naming both', () => {
    const f = of('structure.headings', withPart('overview', '二、主动公开政府信息情况\n见下表。\n三、收到和处理政府信息公开申请情况\n见下表。'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/“二、主动公开政府信息情况”.*；.*“三、收到和处理政府信息公开申请情况”/);
  });
  it('a part’s sub-headings restarting at 一、 fire once for the part', () => {
    const f = of('structure.headings', withPart('problems', '一、存在的不足\n更新不及时。\n二、改进措施\n加强培训。'));
    expect(f.map((x) => x.part)).toEqual(['problems']);
    expect(f[0].message).toContain('“一、存在的不足”重新从部分的序号“一、”编起');
  });
  it.each(['（一）主动公开情况', '一是及时公开预算。二是加强解读。', '五、六月份集中开展培训，覆盖全体干部职工并形成长效机制，取得明显成效。'])(
    'silent on “%s”',
    (line) => expect(of('structure.headings', withPart('overview', line))).toEqual([]),
  );
});

describe('text.doubled (§6)', () => {
  it.each([
    ['加强资金资金管理。', '资金'],
    ['公开的的信息。', '的'],
    ['推进政府信息公开政府信息公开工作。', '政府信息公开'],
  ])('“%s” fires once, naming “%s”', (s, once) => {
    const f = of('text.doubled', withPart('other', s));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ part: 'other' });
    expect(f[0].message).toContain(`把“${once}”连写了两遍`);
  });
  it('two places in one part: one finding (its place is the part) naming both', () => {
    const f = of('text.doubled', withPart('other', '资金资金。\n项目项目。'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/把“资金”连写了两遍.*把“项目”连写了两遍/);
  });
  it('in two parts: one finding each', () => {
    const r = withPart('other', '资金资金。');
    expect(of('text.doubled', withPart('problems', '项目项目。', r)).map((f) => f.part)).toEqual(['problems', 'other']);
  });
  it.each(['的的确确做好工作。', '认真研究、研究部署。', '同步起草、同步审批。', '天天更新，常常检查，等等。', '主动公开情况\n主动公开信息。'])('silent on “%s”', (s) =>
    expect(of('text.doubled', withPart('other', s))).toEqual([]),
  );
});

describe('text.punctuation (§7)', () => {
  it('half-width marks in Chinese sentences: one finding per part, with the count and an example', () => {
    const f = of('text.punctuation', withPart('overview', '2023年,我局(本机关)共发布信息:80条;'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/有 5 处半角标点（, \( \) : ;）/);
  });
  it.each(['详见网站 http://www.example.gov.cn/xxgk 。', '增长1.5倍，电话0955-7012345。', '上午9:00开放。'])('silent on “%s”', (s) =>
    expect(of('text.punctuation', withPart('overview', s))).toEqual([]),
  );
  it('《 without 》 is named at its place', () => {
    const f = of('text.punctuation', withPart('other', '学习《条例精神。'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('“《”没有对应的“》”');
  });
  it('a closing mark without its opening', () => expect(unbalanced('学习条例》精神')).toEqual({ mark: '》', at: 4, open: false }));
  it.each(['《条例》（2019年修订）“三审三校”', '〔2021〕30号（见附件(一)）', '关于印发〈格式〉的通知'])('balanced: %s', (s) => expect(unbalanced(s)).toBeUndefined());
  it('“（…)” mixes widths but is balanced (the half-width finding says the rest)', () => expect(unbalanced('（见附件)')).toBeUndefined());
});

it('a messy part gives each text rule one finding for the part (a finding’s place is its rule and part)', () => {
  const r = withPart('overview', '2022年，共收到政府信息公开申请5件。2022年全年发布信息80条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n资金资金,项目项目;《条例\n“引号');
  const found = validateReport(r, { final: true }).filter((f) => TEXT_RULES.includes(f.rule));
  expect(found.map((f) => f.rule).sort()).toEqual([...TEXT_RULES].sort());
  expect(new Set(found.map((f) => `${f.rule}|${f.part}`)).size).toBe(found.length);
});
