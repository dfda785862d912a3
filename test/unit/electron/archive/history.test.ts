// Revisions on a controlled clock, restoring one, and full-text search.
import { describe, expect, it } from 'vitest';
import { clock, completeReport, freshArchive } from './helpers';

describe('revisions', () => {
  it('keeps one automatic revision per ≥5 minutes of editing, and restores one after saving the current state', () => {
    const c = clock();
    const { archive } = freshArchive({ now: c.now });
    const a = archive.saveAgency({ name: '某局', level: 'department' });
    const s = archive.createReport({ agencyId: a.id, year: 2024, from: 'blank' });
    const cell = { table: 'table3', row: '1', col: 0 } as const;
    archive.setCell(s.id, cell, 1);
    c.advance(2);
    archive.setCell(s.id, cell, 2);
    expect(archive.listRevisions(s.id)).toHaveLength(0);
    c.advance(4); // 6 minutes since creation
    archive.setCell(s.id, cell, 3); // keeps the state before this edit (value 2)
    c.advance(1);
    archive.setCell(s.id, cell, 4);
    let revs = archive.listRevisions(s.id);
    expect(revs.map((r) => r.summary)).toEqual(['自动保存']);
    expect(revs[0].createdAt).toBe('2026-03-02T09:06:00.000Z');
    c.advance(5);
    archive.setText(s.id, 'overview', '新的文字');
    revs = archive.listRevisions(s.id);
    expect(revs).toHaveLength(2);

    const restored = archive.restoreRevision(revs[1].id); // the first automatic one: value 2, no text
    expect(restored.id).toBe(s.id);
    const { report } = archive.openReport(s.id);
    expect(report.table3['1'][0]).toBe(2);
    expect(report.parts.overview).toBe('');
    const after = archive.listRevisions(s.id);
    expect(after[0].summary).toBe('恢复历史版本前');
    // and that one holds what was there just before the restore
    archive.restoreRevision(after[0].id);
    expect(archive.openReport(s.id).report.parts.overview).toBe('新的文字');
    expect(archive.openReport(s.id).report.table3['1'][0]).toBe(4);
  });

  it('refuses to restore a revision of a finalised report, or an unknown one', () => {
    const { archive } = freshArchive();
    const s = archive.importReport(completeReport(), { replace: false });
    archive.importReport(completeReport(), { replace: true });
    const [rev] = archive.listRevisions(s.id);
    archive.finalise(s.id);
    expect(() => archive.restoreRevision(rev.id)).toThrow(/已定稿/);
    expect(() => archive.restoreRevision(9999)).toThrow(/没有编号为 9999 的历史版本/);
    expect(() => archive.listRevisions(9999)).toThrow(/没有编号为 9999 的报告/);
  });
});

describe('search', () => {
  it('finds text across years with the match in 【】, by trigram and for 1–2 characters by LIKE', () => {
    const { archive } = freshArchive();
    const r23 = completeReport('中卫市应急管理局', 2023);
    r23.parts.problems = '一是公开内容不够全面；二是政策解读形式单一。';
    const r24 = completeReport('中卫市应急管理局', 2024);
    r24.parts.problems = '政策解读的针对性仍需加强。';
    const other = completeReport('中卫市财政局', 2024);
    other.parts.problems = '没有相关内容。';
    archive.importReport(r23, { replace: false });
    archive.importReport(r24, { replace: false });
    archive.importReport(other, { replace: false });

    const hits = archive.search('政策解读');
    expect(hits.map((h) => [h.year, h.field, h.agencyName])).toEqual([
      [2024, 'problems', '中卫市应急管理局'],
      [2023, 'problems', '中卫市应急管理局'],
    ]);
    expect(hits[0].snippet).toBe('【政策解读】的针对性仍需加强。');
    expect(hits[1].snippet).toContain('二是【政策解读】形式单一');

    const short = archive.search('单一');
    expect(short).toHaveLength(1);
    expect(short[0].snippet).toContain('【单一】');
    expect(archive.search('解').length).toBeGreaterThanOrEqual(2);

    // two terms must both occur; FTS syntax in the query is plain text
    expect(archive.search('政策解读 针对性')).toHaveLength(1);
    expect(archive.search('"政策 OR NEAR(')).toEqual([]);
    expect(archive.search('100%_')).toEqual([]);
    // a blank query is refused, as over IPC (one rule for both doors: contract-schemas.ts query)
    expect(() => archive.search('   ')).toThrow('搜索内容不正确：请填写要搜索的内容');
    expect(archive.search('政策解读', { limit: 1 })).toHaveLength(1);

    // an edit is searchable at once
    archive.setText(hits[0].reportId, 'other', '新增数据开放专栏');
    expect(archive.search('数据开放').map((h) => h.field)).toEqual(['other']);
  });
});
