// 收集: files read as the job process reads them, matched to units, stored with their history.
import { officeOf } from '../../../../electron/office/api';
import { describe, expect, it } from 'vitest';
import { writeExchange } from '../../../../report/exchange';
import { reportToJson } from '../../../../report/json';
import { readCollected } from '../../../../electron/jobs/collect-task';
import { freshArchive } from '../archive/helpers';
import { county, read, unitReport } from './helpers';

const enc = (s: string) => new TextEncoder().encode(s);
const exchangeOf = (report: ReturnType<typeof unitReport>, status: 'draft' | 'final' | 'published') =>
  writeExchange({ kind: 'report', report, status, from: report.unit, app: 'test', createdAt: '2024-01-20T08:00:00Z' });

describe('reading a batch', () => {
  it('reads exchange files with their status, plain .json, and refuses a damaged exchange file and a comments file', async () => {
    const good = exchangeOf(unitReport('沙坡头县教育局', 3), 'final');
    // one character of the payload changed on the way
    const at = good.indexOf('"content"');
    const damaged = good.slice(0, at) + good.slice(at).replace('教育局', '教育厅');
    expect(damaged).not.toBe(good);
    const comments = writeExchange({ kind: 'comments', comments: { unit: 'x', year: 2023, comments: [] }, from: 'y', app: 'test', createdAt: '2024-01-20T08:00:00Z' });
    const out = await readCollected({
      kind: 'collect',
      files: [
        { fileName: '教育局.json', bytes: enc(good) },
        { fileName: '坏.json', bytes: enc(damaged) },
        { fileName: 'plain.json', bytes: enc(reportToJson(unitReport('宣和镇', 2))) },
        { fileName: '意见.json', bytes: enc(comments) },
        { fileName: 'empty.docx', bytes: new Uint8Array() },
      ],
    });
    expect(out[0]).toMatchObject({ ok: true, status: 'final', exchange: true });
    expect(out[1]).toMatchObject({ ok: false });
    expect((out[1] as { message: string }).message).toContain('校验值不符');
    expect(out[2]).toMatchObject({ ok: true, exchange: false });
    expect(out[3]).toMatchObject({ ok: false, message: '这是审核意见文件，不是单位的年度报告' });
    expect(out[4]).toMatchObject({ ok: false });
  });
});

describe('receiving a file', () => {
  it('matches by the report’s unit name, keeps the status, and a second version replaces the first keeping it in history', () => {
    const { archive } = freshArchive();
    const { gov, departments } = county(archive);
    const first = officeOf(archive).receive(gov.id, 2023, read('a.json', unitReport('县教育局', 1), 'draft'));
    expect(first).toMatchObject({ outcome: 'imported', message: '已导入', unitId: departments[1].id });
    const second = officeOf(archive).receive(gov.id, 2023, read('b.json', unitReport('沙坡头县教育局', 5), 'final'));
    expect(second).toMatchObject({ outcome: 'replaced', message: '已替换旧版本（旧版本保留在历史中）', reportId: first.reportId });
    const revisions = archive.listRevisions(first.reportId!);
    expect(revisions.map((r) => r.summary)).toEqual(['导入前']);
    expect(archive.openReport(first.reportId!).report.table2.rules).toEqual([5, 1, 8]);
    const row = officeOf(archive).board(gov.id, 2023).rows.find((r) => r.unitId === departments[1].id)!;
    expect(row).toMatchObject({ received: true, status: 'final', versions: 2 });
  });

  it('falls back on the file name, and never guesses: an unknown or unsure unit waits for the office', () => {
    const { archive } = freshArchive();
    const { gov, departments } = county(archive);
    const byFile = officeOf(archive).receive(gov.id, 2023, read('沙坡头县财政局2023年政府信息公开工作年度报告.docx', unitReport('', 1)));
    expect(byFile).toMatchObject({ outcome: 'imported', unitId: departments[2].id });
    const unknown = officeOf(archive).receive(gov.id, 2023, read('x.docx', unitReport('沙坡头县气象局', 1)));
    expect(unknown).toMatchObject({ outcome: 'ask', unitId: null, candidates: [] });
    expect(unknown.message).toBe('请选择单位：组织结构中没有“沙坡头县气象局”');
    const near = officeOf(archive).receive(gov.id, 2023, read('y.docx', unitReport('沙坡头县教肓局', 1)));
    expect(near.outcome).toBe('ask');
    expect(near.candidates).toEqual([{ id: departments[1].id, name: '沙坡头县教育局' }]);
    expect(near.message).toContain('只差一个字');
    expect(archive.listReports().length).toBe(1);
    // the office chooses
    const chosen = officeOf(archive).receive(gov.id, 2023, read('y.docx', unitReport('沙坡头县教肓局', 1)), departments[1].id);
    expect(chosen).toMatchObject({ outcome: 'imported', unitId: departments[1].id });
  });

  it('refuses another year’s report and a file that could not be read, saying why', () => {
    const { archive } = freshArchive();
    const { gov } = county(archive);
    expect(officeOf(archive).receive(gov.id, 2023, read('old.json', unitReport('沙坡头县教育局', 1, 2022))).message).toBe(
      '未导入：这是2022年度的报告，正在收集的是2023年度',
    );
    expect(officeOf(archive).receive(gov.id, 2023, { fileName: 'bad.json', ok: false, message: '交换文件的校验值不符' })).toMatchObject({
      outcome: 'refused',
      message: '未导入：交换文件的校验值不符',
    });
  });

  it('keeps the explanations of a received report, and counts the warnings they do not answer', () => {
    const { archive } = freshArchive();
    const { gov, departments } = county(archive);
    const r = unitReport('沙坡头县教育局', 1);
    r.explanations = [{ rule: 'x.y', part: 'overview', text: '说明' }];
    const line = officeOf(archive).receive(gov.id, 2023, read('a.json', r));
    expect(archive.openReport(line.reportId!).report.explanations).toEqual(r.explanations);
    const row = officeOf(archive).board(gov.id, 2023).rows.find((x) => x.unitId === departments[1].id)!;
    expect(row.unanswered).toBe(row.warnings);
  });
});
