// Found in review: bad input that reached the archive by the import door, and the
// search index against the live reports' texts after every kind of change.
import { describe, expect, it } from 'vitest';
import { ArchiveError, type Archive } from '../../../../electron/archive/index';
import { TEXT_FIELDS, textOf } from '../../../../report/fields';
import { clock, completeReport, freshArchive } from './helpers';
import { validateReport } from '../../../../report/rules/index';

function refusal(fn: () => unknown): ArchiveError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ArchiveError);
    expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/);
    return e as ArchiveError;
  }
  throw new Error('expected an ArchiveError');
}

describe('import refuses what an edit would refuse', () => {
  it('a unit name too long to be an agency name, a text over the edit limit, a bad explanation place: refused, nothing stored', () => {
    const { archive } = freshArchive();
    const longUnit = completeReport('某'.repeat(101));
    const longText = completeReport();
    longText.parts.overview = '字'.repeat(200_001);
    const badPlace = completeReport();
    badPlace.explanations = [{ rule: 'x', table: 'table3', row: '1', col: 9, text: '说明' }];
    const longTitle = completeReport();
    longTitle.title = '题'.repeat(200_001);
    for (const r of [longUnit, longText, badPlace, longTitle]) {
      expect(refusal(() => archive.importReport(r, { replace: false })).code).toBe('invalid-argument');
    }
    expect(archive.listAgencies()).toEqual([]);
    expect(archive.listReports({ includeDeleted: true })).toEqual([]);
  });

  it('an imported report can be edited in every text field afterwards (nothing stored that setText would refuse)', () => {
    const { archive } = freshArchive();
    const r = completeReport();
    r.parts.problems = '问'.repeat(200_000);
    const s = archive.importReport(r, { replace: false });
    expect(archive.setText(s.id, 'problems', archive.openReport(s.id).report.parts.problems + '')).toBeTruthy();
  });
});

/** What search must find: every live report's text containing the phrase (the brute-force answer). */
function expected(archive: Archive, phrase: string): string[] {
  const out: string[] = [];
  for (const s of archive.listReports()) {
    const r = archive.openReport(s.id).report;
    for (const f of TEXT_FIELDS) if (textOf(r, f).includes(phrase)) out.push(`${s.id}:${f}`);
  }
  return out.sort();
}
const found = (archive: Archive, phrase: string) =>
  archive
    .search(phrase, { limit: 1000 })
    .map((h) => `${h.reportId}:${h.field}`)
    .sort();

describe('search stays in step with the live texts', () => {
  it('after edit, restoreRevision, import replace, delete and restore from the trash (trashed reports are not found)', () => {
    const c = clock();
    const { archive } = freshArchive({ now: c.now });
    const a = archive.saveAgency({ name: '某某局', level: 'department' });
    const r23 = archive.createReport({ agencyId: a.id, year: 2023, from: 'blank' });
    const r24 = archive.createReport({ agencyId: a.id, year: 2024, from: 'blank' });
    const phrases = ['甲乙丙丁', '子丑寅卯', '申酉戌亥', '东南西北'];
    const check = () => {
      for (const p of phrases) expect(found(archive, p), p).toEqual(expected(archive, p));
    };
    archive.setText(r23.id, 'overview', '今年甲乙丙丁工作');
    archive.setText(r24.id, 'problems', '存在甲乙丙丁问题');
    check();
    c.advance(6);
    archive.setText(r23.id, 'overview', '今年子丑寅卯工作'); // keeps an automatic revision of 甲乙丙丁
    check();
    const rev = archive.listRevisions(r23.id).find((x) => x.summary === '自动保存')!;
    archive.restoreRevision(rev.id);
    expect(found(archive, '子丑寅卯')).toEqual([]);
    check();
    const imported = completeReport('某某局', 2024);
    imported.parts.other = '申酉戌亥';
    imported.closing = '东南西北';
    archive.importReport(imported, { replace: true });
    expect(found(archive, '甲乙丙丁')).toEqual([`${r23.id}:overview`]);
    check();
    archive.deleteReport(r24.id);
    expect(found(archive, '申酉戌亥')).toEqual([]);
    expect(found(archive, '东南')).toEqual([]); // the LIKE path too
    check();
    archive.restoreReport(r24.id);
    expect(found(archive, '申酉戌亥')).toEqual([`${r24.id}:other`]);
    check();
    // the FTS index agrees with its content table
    expect(() => (archive as unknown as { db: { exec(s: string): void } }).db.exec("INSERT INTO texts_fts (texts_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
  });
});

describe('text the page sends that is not well-formed Unicode', () => {
  it('a lone surrogate (half of a pasted emoji) is stored as one replacement character, the rest of the text intact', () => {
    const { archive } = freshArchive();
    const a = archive.saveAgency({ name: '某某局', level: 'department' });
    const s = archive.createReport({ agencyId: a.id, year: 2024, from: 'blank' });
    archive.setText(s.id, 'overview', '前文\uD83D后文😀');
    expect(archive.openReport(s.id).report.parts.overview).toBe('前文\uFFFD后文😀');
    archive.setExplanation(s.id, { rule: 'r', text: '说明\uDE00' });
    expect(archive.openReport(s.id).report.explanations?.[0].text).toBe('说明\uFFFD');
    const r = completeReport('某某局', 2023);
    r.parts.other = '\uD800其他';
    const imported = archive.importReport(r, { replace: false });
    expect(archive.openReport(imported.id).report.parts.other).toBe('\uFFFD其他');
    expect(archive.search('后文😀').map((h) => h.reportId)).toEqual([s.id]);
  });
});

describe("next year's stored counts follow last year's report into and out of the trash", () => {
  it('deleting or restoring 2023 recounts the 2024 draft, whose cross-year rules read it', () => {
    const { archive } = freshArchive();
    const prev = completeReport();
    prev.table3['4'] = [0, 0, 0, 0, 0, 0, 0];
    const p = archive.importReport(prev, { replace: false });
    const next = archive.createReport({ agencyId: p.agencyId, year: 2024, from: 'previous' });
    archive.setCell(p.id, { table: 'table3', row: '4', col: 0 }, 9); // 2024's 上年结转 no longer matches
    const listed = () => archive.listReports().find((x) => x.id === next.id)!;
    const fresh = () => {
      const o = archive.openReport(next.id);
      const f = validateReport(o.report, { previous: o.previous ?? undefined });
      return { errors: f.filter((x) => x.severity === 'error').length, warnings: f.filter((x) => x.severity === 'warning').length };
    };
    const withPrevious = fresh();
    expect({ errors: listed().errors, warnings: listed().warnings }).toEqual(withPrevious);
    archive.deleteReport(p.id);
    const alone = fresh();
    expect(alone).not.toEqual(withPrevious);
    expect({ errors: listed().errors, warnings: listed().warnings }).toEqual(alone);
    archive.restoreReport(p.id);
    expect({ errors: listed().errors, warnings: listed().warnings }).toEqual(withPrevious);
  });
});
