// similarity.last-year and deadline.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../report/report';
import { validateReport } from '../../../../report/rules/index';
import { repetition, sentencesOf } from '../../../../report/rules/similarity';
import { busyPreviousYear, busyReport, completeReport } from '../../../fixtures/rules/reports';

const similar = (r: Report, previous?: Report) => validateReport(r, { previous }).filter((f) => f.rule === 'similarity.last-year');

function lastYearOf(r: Report): Report {
  const p = structuredClone(r);
  p.year = r.year - 1;
  return p;
}

describe('sentencesOf', () => {
  it('splits at 。！？；, drops whitespace, replaces four-digit years', () => {
    expect(sentencesOf('2023 年，本局 做好公开。2022年也是！问题？没有；\n（一）标题\n正文。')).toEqual([
      '〇年，本局做好公开',
      '〇年也是',
      '问题',
      '没有',
      '（一）标题正文',
    ]);
  });

  it('leaves other numbers alone', () => {
    expect(sentencesOf('12345热线回应14件，0955-7068553。')).toEqual(['12345热线回应14件，0955-7068553']);
  });
});

describe('similarity.last-year', () => {
  it('is not evaluated without last year', () => {
    expect(similar(completeReport())).toEqual([]);
  });

  it('the same text with only the years changed repeats 100 % and warns', () => {
    const r = completeReport();
    const p = lastYearOf(r);
    for (const k of ['overview', 'problems', 'other'] as const) p.parts[k] = p.parts[k].replaceAll('2023', '2022').replaceAll('2022年部门决算', '2021年部门决算');
    expect(repetition(r, p).share).toBe(1);
    const f = similar(r, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', part: 'overview' });
    expect(f[0].message).toContain('100%');
  });

  it('different texts do not warn', () => {
    expect(similar(busyReport(), busyPreviousYear())).toEqual([]);
    expect(repetition(busyReport(), busyPreviousYear()).share).toBe(0);
  });

  it('measures the share of characters: just over half warns, half does not', () => {
    const r = completeReport();
    const p = lastYearOf(r);
    // this year: two sentences of 10 characters; last year holds the first
    r.parts = { overview: 'ABCDEFGHIJ。abcdefghij。', problems: '', other: '' };
    p.parts = { overview: 'ABCDEFGHIJ。其他内容。', problems: '', other: '' };
    expect(repetition(r, p).share).toBe(0.5);
    expect(similar(r, p)).toEqual([]);
    r.parts.overview = 'ABCDEFGHIJ。abcdefghi。';
    expect(repetition(r, p).share).toBeCloseTo(10 / 19);
    expect(similar(r, p)).toHaveLength(1);
  });

  it('points to the part that repeats most, and sees edits to last year’s text', () => {
    const r = busyReport();
    r.parts.overview = '本年新写的总体情况。';
    const p = lastYearOf(r);
    p.parts.overview = '完全不同的总体情况。';
    const f = similar(r, p);
    expect(f).toHaveLength(1);
    expect(f[0].part).toBe('other'); // the longest repeated part of the busy report
    // same previous object, edited: the cached sentence set must not be stale
    p.parts.problems = '另一段。';
    p.parts.other = '又一段。';
    expect(similar(r, p)).toEqual([]);
  });
});

describe('deadline', () => {
  const dl = (r: Report, today?: Date) => validateReport(r, { today }).filter((f) => f.rule === 'deadline');

  it('only when today is given', () => {
    expect(dl(completeReport())).toEqual([]);
  });

  it('a department: days left until 31 January of the next year', () => {
    const f = dl(completeReport(), new Date(2024, 0, 10, 15, 30));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].message).toContain('2024年1月31日');
    expect(f[0].message).toContain('还有 21 天');
  });

  it('a government: 31 March; overdue counts days', () => {
    const r = completeReport();
    r.level = 'government';
    expect(dl(r, new Date(2024, 2, 31))[0].message).toContain('今天');
    expect(dl(r, new Date(2024, 3, 2))[0].message).toContain('已逾期 2 天');
    expect(dl(r, new Date(2023, 11, 31))[0].message).toContain('还有 91 天'); // 2024 is a leap year
  });
});

describe('similarity when a year has no text (review pass)', () => {
  it('last year’s narrative empty or blank: nothing repeats, no warning', () => {
    const r = completeReport();
    for (const text of ['', ' \n\u3000']) {
      const p = lastYearOf(r);
      p.parts = { overview: text, problems: text, other: text };
      expect(repetition(r, p).share).toBe(0);
      expect(similar(r, p)).toEqual([]);
    }
  });

  it('this year’s narrative empty: share 0 (the empty parts are narrative.missing-part)', () => {
    const r = completeReport();
    const p = lastYearOf(r);
    r.parts = { overview: '', problems: '', other: '' };
    expect(repetition(r, p).share).toBe(0);
    expect(similar(r, p)).toEqual([]);
  });
});

it('zero-width marks from a web copy do not hide a repeated sentence (review pass)', () => {
  const r = completeReport();
  const p = lastYearOf(r);
  r.parts = { overview: '本机关加强政府信息公开工作。', problems: '', other: '' };
  p.parts = { overview: '本机关加强\u200b政府信息公开工作。', problems: '', other: '' };
  expect(repetition(r, p).share).toBe(1);
});

describe('similarity.last-year without boilerplate, listing what repeats (issue 14 §8)', () => {
  const BOILER =
    '根据《中华人民共和国政府信息公开条例》要求，现发布本机关2023年政府信息公开工作年度报告。本报告统计数据从2023年1月1日至2023年12月31日。' +
    '本报告电子版可在市政府门户网站下载。如对本报告有任何疑问，请与本局办公室联系，联系电话：0955-7012345。';
  function pair(thisYear: string, lastYear: string): [Report, Report] {
    const r = completeReport();
    r.parts = { overview: thisYear, problems: '本年存在更新不及时的问题，下一步加强培训。', other: '本年度未收取信息处理费。' };
    const p = lastYearOf(r);
    p.parts = { overview: lastYear, problems: '上年问题是栏目建设不完善，已经完成改版。', other: '全年未收取任何费用。' };
    return [r, p];
  }

  it('the sentences every report carries are not counted as repeated', () => {
    const [r, p] = pair(BOILER + '本年主动公开信息80条。', BOILER.replaceAll('2023', '2022') + '上年主动公开信息60条。');
    expect(repetition(r, p)).toMatchObject({ share: 0, repeated: [] });
    expect(similar(r, p)).toEqual([]);
  });

  it('boilerplate counts neither way: a copied body still warns, as much as without it', () => {
    const body = '我局坚持把政务公开作为重要工作来抓。明确专人负责网站栏目更新。严格执行三审三校制度。';
    const [r, p] = pair(BOILER + body, BOILER + body);
    const [r2, p2] = pair(body, body);
    expect(repetition(r, p).share).toBe(repetition(r2, p2).share);
    expect(repetition(r, p).share).toBeGreaterThan(0.5);
  });

  it('the finding lists the repeated sentences as written, so the clerk can rewrite them', () => {
    const body = '2023年，我局坚持把政务公开作为重要工作来抓。明确专人负责网站栏目更新。严格执行三审三校制度。';
    const [r, p] = pair(body, body.replace('2023', '2022'));
    const f = similar(r, p);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('与上年相同的句子：“2023年，我局坚持把政务公开作为重要工作来抓”“明确专人负责网站栏目更新”“严格执行三审三校制度”');
    expect(repetition(r, p).repeated).toEqual(['2023年，我局坚持把政务公开作为重要工作来抓', '明确专人负责网站栏目更新', '严格执行三审三校制度']);
  });

  it('a long list is cut after five sentences and counted', () => {
    const body = Array.from({ length: 7 }, (_, i) => `第${'一二三四五六七'[i]}项工作按计划推进并取得实效`).join('。') + '。';
    const [r, p] = pair(body, body);
    expect(similar(r, p)[0].message).toMatch(/“第五项工作按计划推进并取得实效”等 7 句/);
  });
});
