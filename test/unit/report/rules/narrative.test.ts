// narrative.missing-part, narrative.overview-aspects, narrative.fee-report, narrative.problems.
import { describe, expect, it } from 'vitest';
import { OVERVIEW_ASPECTS } from '../../../../report/format';
import type { Report } from '../../../../report/report';
import { validateReport } from '../../../../report/rules/index';
import { busyReport, completeReport, seedReport } from '../../../fixtures/rules/reports';

const narrative = (r: Report) => validateReport(r, { final: true }).filter((f) => f.rule.startsWith('narrative.'));
const withParts = (patch: Partial<Report['parts']>) => {
  const r = completeReport();
  r.parts = { ...r.parts, ...patch };
  return r;
};

describe('narrative rules stay silent on consistent reports', () => {
  it.each([
    ['seed', seedReport()],
    ['busy', busyReport()],
  ])('%s', (_, r) => expect(narrative(r)).toEqual([]));
});

describe('narrative.missing-part', () => {
  it.each(['overview', 'problems', 'other'] as const)('an empty %s is an error on that part, and nothing else about it', (key) => {
    const f = narrative(withParts({ [key]: ' \n　' }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'narrative.missing-part', severity: 'error', part: key });
  });

  it('names the heading of the part', () => {
    const f = narrative(withParts({ problems: '' }));
    expect(f[0].message).toContain('五、存在的主要问题及改进情况');
  });

  it('a part that is only punctuation is empty', () => {
    expect(narrative(withParts({ other: '。……' })).map((f) => f.rule)).toEqual(['narrative.missing-part']);
  });
});

describe('narrative.overview-aspects', () => {
  it('one warning per aspect not mentioned', () => {
    const r = completeReport();
    r.parts.overview = r.parts.overview.replace(/（四）平台建设情况/, '（四）网站情况').replaceAll('平台建设', '网站');
    const f = narrative(r);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'narrative.overview-aspects', severity: 'warning', part: 'overview' });
    expect(f[0].message).toContain(OVERVIEW_ASPECTS[3].heading);
  });

  it('a bare overview misses all five', () => {
    const f = narrative(withParts({ overview: '本年度信息公开工作开展顺利，取得良好成效。' }));
    expect(f.filter((x) => x.rule === 'narrative.overview-aspects')).toHaveLength(5);
  });

  it('aspects may be mentioned in running text, with spaces inside', () => {
    const f = narrative(withParts({ overview: '本年度做好主动公开、依申请公开、政府信息 管理、平台建设和监督保障工作。' }));
    expect(f).toEqual([]);
  });
});

describe('narrative.fee-report', () => {
  it('warns when part 六 does not mention 信息处理费', () => {
    const f = narrative(withParts({ other: '（一）2023年政务公开工作要点落实情况。\n全部按时完成。' }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'narrative.fee-report', severity: 'warning', part: 'other' });
  });

  it.each(['本年度未收取信息处理费。', '共收取信息处理费120元。', '也未收取政务信息处理费。'])('accepts “%s”', (text) => {
    expect(narrative(withParts({ other: text }))).toEqual([]);
  });
});

describe('narrative.problems', () => {
  it.each(['无', '无。', '暂无。', '本年度无', '没有问题。'])('“%s” warns', (text) => {
    const f = narrative(withParts({ problems: text }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'narrative.problems', severity: 'warning', part: 'problems' });
  });

  it('a real sentence passes', () => {
    expect(narrative(withParts({ problems: '政策解读形式单一，下一步将增加图解和视频解读。' }))).toEqual([]);
  });
});

it('zero-width marks from a web copy inside 主动公开 or 处理费 do not hide them (review pass)', () => {
  const r = completeReport();
  const clean = narrative(r);
  r.parts.overview = r.parts.overview.replaceAll('主动公开', '主动\u200b公开').replaceAll('平台建设', '平台\u200b建设');
  r.parts.other = r.parts.other.replaceAll('处理费', '处理\ufeff费');
  expect(narrative(r)).toEqual(clean);
});
