// Every rule over every real published report of test/fixtures/real (imported as the
// app imports them) and over the spec's seed. No rule reading the text may fire on
// them except where this test names the real defect it found. The stored copies are
// cut after about 2,000 characters (SOURCES.md): parts 五 and 六 are missing and the
// last paragraph may end inside a quote — named here as what a cut copy gives.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../../../report/import/index';
import type { Report } from '../../../../report/report';
import { RULES, validateReport, type Finding } from '../../../../report/rules/index';
import { seedReport } from '../../../fixtures/rules/reports';

const REAL = path.resolve(__dirname, '../../../fixtures/real');
/** the rules that read the words (the table rules' findings on a cut copy are its missing rows) */
const TEXT_RULES = [
  'narrative.fee-report',
  'narrative.problems',
  'consistency.text-vs-table',
  'text.year-mismatch',
  'structure.headings',
  'text.doubled',
  'text.punctuation',
  'figures.ratios',
];
// the copies' own known gaps: cut before 五/六 (missing-part, fee-report need those), and
// their overviews name aspects their own way (narrative.overview-aspects, a judgement tested in realtext.test.ts)

/** What the rules found that is really there, per file: [rule, words of the message]. */
const REAL_DEFECTS: Record<string, [string, RegExp][]> = {
  // 共受理政府信息公开申请2件, but its table 三 row 一 says 3
  'changchun-sports-2023.txt': [
    ['consistency.text-vs-table', /共受理政府信息公开申请2件.*总计”列为 3/],
    ['text.punctuation', /半角标点/],
  ],
  // the web pages write half-width commas, brackets and colons throughout (the copies keep them, SOURCES.md)
  'baokang-agri-2021.txt': [['text.punctuation', /有 \d+ 处半角标点/]],
  'changchun-xinqu-2025.txt': [['text.punctuation', /有 \d+ 处半角标点/]],
  'erlang-street-2022.txt': [['text.punctuation', /有 \d+ 处半角标点/]],
  // and the copy is cut inside a title: 《贵阳市政…
  'guiyang-city-2023.txt': [['text.punctuation', /有 \d+ 处半角标点.*；.*《贵阳市政”处的“《”没有对应的“》”/]],
  'hanyang-gov-office-2022.txt': [['text.punctuation', /有 \d+ 处半角标点/]],
  // and cut inside a quote: 做优政府网站“第一平…
  'jiaxing-gov-2023.txt': [['text.punctuation', /有 \d+ 处半角标点.*；.*“第一平”处的““”没有对应的“””/]],
  'longgang-dept-2024.txt': [['text.punctuation', /有 \d+ 处半角标点/]],
  'shanghai-city-2022.txt': [['text.punctuation', /有 \d+ 处半角标点/]],
  'shuangta-gov-2022.txt': [['text.punctuation', /有 \d+ 处半角标点/]],
  'yngm-county-justice-2021.txt': [['text.punctuation', /有 \d+ 处半角标点/]],
  'zhanjiang-chronicles-2023.txt': [['text.punctuation', /有 \d+ 处半角标点/]],
  'zichang-gov-2023.txt': [['text.punctuation', /有 \d+ 处半角标点/]],
};
/** copies the importer refuses (old formats, no title): no report to check */
const NOT_IMPORTED = ['daoxian-culture-2013-old-format.txt', 'shanghai-office-2019-old-format.txt', 'xuwen-justice.txt'];

const textFindings = (r: Report, previous?: Report): Finding[] =>
  validateReport(r, { final: true, previous, today: new Date(r.year + 1, 0, 10) }).filter((f) => TEXT_RULES.includes(f.rule));
// the copies' narrative is cut: the fee and problems rules judge parts the copy lacks
const judged = (f: Finding) => !(f.rule === 'narrative.fee-report' || f.rule === 'narrative.problems');

function expectOnly(found: Finding[], expected: [string, RegExp][]): void {
  const left = [...found];
  for (const [rule, re] of expected) {
    const i = left.findIndex((f) => f.rule === rule && re.test(f.message));
    expect(i, `expected ${rule} ${re} among ${JSON.stringify(found.map((f) => f.message))}`).toBeGreaterThanOrEqual(0);
    left.splice(i, 1);
  }
  expect(left.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
}

const files = readdirSync(REAL).filter((n) => n.endsWith('.txt'));

describe('every rule over the real reports of test/fixtures/real', () => {
  it('the fixtures are all here, each either checked or named as refused', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
    for (const n of Object.keys(REAL_DEFECTS)) expect(files).toContain(n);
  });

  it.each(files.filter((n) => !NOT_IMPORTED.includes(n)))('%s: only the named real defects', async (name) => {
    const { report } = await importReport(readFileSync(path.join(REAL, name)), name);
    // every rule runs (with itself as last year, so the cross-year ones run too) and none throws
    expect(() => validateReport(report, { final: true, previous: { ...report, year: report.year - 1 }, today: new Date() })).not.toThrow();
    expectOnly(textFindings(report).filter(judged), REAL_DEFECTS[name] ?? []);
  });

  it.each(NOT_IMPORTED)('%s is refused by the importer (old format or no title), so there is nothing to check', async (name) => {
    await expect(importReport(readFileSync(path.join(REAL, name)), name)).rejects.toThrow();
  });
});

describe('every rule over the spec’s seed', () => {
  it('no text rule fires; every rule runs', () => {
    const r = seedReport();
    expect(textFindings(r)).toEqual([]);
    expect(validateReport(r, { final: true, previous: { ...r, year: r.year - 1 }, today: new Date(2024, 0, 10) }).map((f) => f.rule)).not.toContain('text.year-mismatch');
    expect(RULES.length).toBeGreaterThanOrEqual(22);
  });
});
