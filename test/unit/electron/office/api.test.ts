// The office's api end to end on a real archive: collect a folder, comments both
// ways as files, the compiled report, the 审核单 and the .xlsx read back.
import { officeOf } from '../../../../electron/office/api';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { callApi, createApi, type Api } from '../../../../electron/api';
import { openArchive } from '../../../../electron/archive/index';
import type { Archive } from '../../../../electron/archive/types';
import { writeExchange } from '../../../../report/exchange';
import { EXPORTERS } from '../../../../report/export/index';
import { cellName } from '../../../../report/format';

const NEW_BY_PERSONS = cellName({ table: 'table3', row: '1', col: 0 });
import { unitReport } from './helpers';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-office-'));
  const archive: Archive = openArchive(path.join(dir, 'archive.sqlite'));
  const answers = { open: [] as string[], save: [] as string[], folder: [] as string[] };
  const api: Api = createApi({
    archive,
    dialogs: {
      openFile: async () => answers.open.shift() ?? null,
      saveFile: async () => answers.save.shift() ?? null,
      chooseFolder: async () => answers.folder.shift() ?? null,
    },
    shell: { showInFolder() {} },
    settingsFile: path.join(dir, 'settings.json'),
    version: '1.0.0',
  });
  cleanup.push(() => (archive.close(), rmSync(dir, { recursive: true, force: true })));
  return { api, archive, dir, answers };
}

const docText = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']);

async function county(api: Api) {
  const gov = await api.officeSaveGovernment('沙坡头县人民政府');
  await api.officePasteUnits(gov.id, '沙坡头县应急管理局\n沙坡头县教育局\n沙坡头县财政局', 'department');
  await api.officePasteUnits(gov.id, '宣和镇', 'township');
  return api.officeGovernments().then((g) => g[0]);
}

describe('the office api', () => {
  it('collects a folder: exchange file, .docx, .json, a damaged one, an unknown unit; the office resolves the unknown', async () => {
    const { api, dir, answers } = setup();
    const gov = await county(api);
    const folder = path.join(dir, '收到的报告');
    mkdirSync(folder);
    const ex = writeExchange({ kind: 'report', report: unitReport('沙坡头县应急管理局', 2), status: 'final', from: 'x', app: 't', createdAt: '2024-01-20T00:00:00Z' });
    writeFileSync(path.join(folder, '1应急.json'), ex);
    const at = ex.indexOf('"content"');
    writeFileSync(path.join(folder, '2坏.json'), ex.slice(0, at) + ex.slice(at).replace('应急', '应会'));
    writeFileSync(path.join(folder, '3教育局.docx'), (await EXPORTERS.docx.write(unitReport('沙坡头县教育局', 3))) as Uint8Array);
    writeFileSync(path.join(folder, '4气象.json'), JSON.stringify(unitReport('沙坡头县气象局', 4)));
    writeFileSync(path.join(folder, 'readme.md'), 'not collected');
    answers.folder.push(folder);
    const r = (await api.officeCollect(gov.id, 2023, 'folder'))!;
    expect(r.cancelled).toBe(false);
    expect(r.lines.map((l) => [l.file, l.outcome])).toEqual([
      ['1应急.json', 'imported'],
      ['2坏.json', 'refused'],
      ['3教育局.docx', 'imported'],
      ['4气象.json', 'ask'],
    ]);
    expect(r.lines[1].message).toContain('未导入：交换文件的校验值不符');
    const ask = r.lines[3];
    expect(ask.pending).toBeTruthy();
    const finance = gov.units.find((u) => u.name === '沙坡头县财政局')!;
    const resolved = await api.officeResolve(ask.pending!, finance.id);
    expect(resolved).toMatchObject({ outcome: 'imported', unitId: finance.id, pending: null });
    await expect(api.officeResolve(ask.pending!, finance.id)).rejects.toThrow('已处理或已过期');
    const board = await api.officeBoard(gov.id, 2023);
    expect(board.rows.filter((x) => !x.received).map((x) => x.name)).toEqual(['宣和镇']);
    expect(board.rows.find((x) => x.name === '沙坡头县应急管理局')!.status).toBe('final');
  });

  it('exports comments as an exchange file and a 审核意见单; the department imports them', async () => {
    const office = setup();
    const gov = await county(office.api);
    const rid = officeOf(office.archive).receive(gov.id, 2023, { fileName: 'a.json', ok: true, report: unitReport('沙坡头县教育局', 1), problems: [], exchange: false }).reportId!;
    await office.api.officeAddComment(rid, { place: { table: 'table3', row: '1', col: 0 }, text: '请核实新收申请数', author: '县政务公开办' });
    const json = path.join(office.dir, '意见.json');
    const docx = path.join(office.dir, '意见单.docx');
    office.answers.save.push(json, docx);
    expect(await office.api.officeExportComments(rid, 'exchange')).toEqual({ file: json });
    expect(await office.api.officeExportComments(rid, 'docx')).toEqual({ file: docx });
    const sheet = docText(readFileSync(docx));
    expect(sheet).toContain('审核意见单');
    expect(sheet).toContain('请核实新收申请数');
    expect(sheet).toContain(NEW_BY_PERSONS);

    const dept = setup();
    const own = dept.archive.importReport(unitReport('沙坡头县教育局', 1), { replace: false });
    dept.answers.open.push(json);
    expect(await dept.api.officeImportComments()).toMatchObject({ reportId: own.id, added: 1 });
    const seen = await dept.api.officeComments(own.id);
    expect(seen).toMatchObject([{ origin: 'superior', place: { table: 'table3', row: '1', col: 0 }, text: '请核实新收申请数', author: '县政务公开办', fixed: false }]);
    // a report file given as comments is refused in Chinese
    const wrong = path.join(dept.dir, 'r.json');
    writeFileSync(wrong, writeExchange({ kind: 'report', report: unitReport('x', 1), status: 'draft', from: 'x', app: 't', createdAt: '2024-01-01T00:00:00Z' }));
    dept.answers.open.push(wrong);
    await expect(dept.api.officeImportComments()).rejects.toThrow('不是审核意见文件');
  });

  it('exports the 审核单 and the units’ figures side by side, read back', async () => {
    const { api, archive, dir, answers } = setup();
    const gov = await county(api);
    const names = ['沙坡头县应急管理局', '沙坡头县教育局'];
    names.forEach((n, i) => officeOf(archive).receive(gov.id, 2023, { fileName: `${i}.json`, ok: true, report: unitReport(n, i + 2), problems: [], exchange: false }));
    await api.officeCompile(gov.id, 2023, undefined);
    const docx = path.join(dir, '审核单.docx');
    const xlsx = path.join(dir, '数据.xlsx');
    answers.save.push(docx, xlsx);
    await api.officeExport(gov.id, 2023, 'review-docx');
    await api.officeExport(gov.id, 2023, 'figures-xlsx');
    const sheet = docText(readFileSync(docx));
    expect(sheet).toContain('沙坡头县人民政府2023年度政府信息公开工作年度报告审核单');
    expect(sheet).toContain('应报送单位 4 个，已报送 2 个，未报送 2 个');
    expect(sheet).toContain('分管领导（签字）');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const header = ws.getRow(1).values as unknown[];
    const col = header.indexOf(NEW_BY_PERSONS);
    expect(col).toBeGreaterThan(1);
    const rows = [2, 3, 4, 5, 6].map((i) => [ws.getRow(i).getCell(1).value, ws.getRow(i).getCell(col).value]);
    expect(rows).toEqual([
      ['沙坡头县应急管理局', 2],
      ['沙坡头县教育局', 3],
      ['沙坡头县财政局（未报送）', null],
      ['宣和镇（未报送）', null],
      ['汇总', 5],
    ]);
  });

  it('refuses wrong arguments with the contract’s Chinese message', async () => {
    const { api } = setup();
    const r = await callApi(api, 'officePasteUnits', [1, 'a', 'ministry']);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect((r as { error: { message: string } }).error.message).toContain('单位类别');
    const d = await callApi(api, 'officeSetDeadline', [1, 2023, '2024-02-30']);
    expect((d as { error: { message: string } }).error.message).toContain('不是有效的日期');
  });
});
