// 导出 审核说明清单 through the api over a real archive (issue 14 §12): the name offered
// is the report's with 审核说明清单, and the file lists the warnings with the
// 审核说明 stored in the archive.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { callApi, createApi, type Api, type Dialogs } from '../../../electron/api';
import { openArchive } from '../../../electron/archive/index';
import type { Archive } from '../../../electron/archive/types';
import { dataPaths } from '../../../electron/paths';
import { decodeXml, elements, unzipDocx } from '../../fixtures/docx/read-docx';

let dir = '';
let archive: Archive;
let api: Api;
let save: string | null = null;
const asked: string[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-explanations-'));
  const data = dataPaths(path.join(dir, 'userData'));
  mkdirSync(path.dirname(data.archive), { recursive: true });
  archive = openArchive(data.archive);
  const dialogs: Dialogs = {
    openFile: async () => null,
    saveFile: async (o) => (asked.push(o.defaultName ?? ''), save),
    chooseFolder: async () => null,
  };
  api = createApi({ archive, dialogs, shell: { showInFolder() {} }, settingsFile: data.settings, version: '0.1.0' });
});
afterEach(() => {
  archive.close();
  rmSync(dir, { recursive: true, force: true });
});
async function call<T = any>(key: string, ...args: unknown[]): Promise<T> {
  const r = await callApi(api, key, args);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

it('offers its own name and writes the stored 审核说明 beside its warning', async () => {
  const agency = await call('saveAgency', { name: '中卫市应急管理局', level: 'department' });
  const { id } = await call('createReport', { agencyId: agency.id, year: 2024, from: 'blank' });
  await call('setText', id, 'problems', '更新不够及时及时及时。');
  await call('setExplanation', id, { rule: 'text.doubled', part: 'problems', text: '原文如此，已改。' });
  save = path.join(dir, '清单.docx');
  expect(await call('exportReport', id, { format: 'explanations' })).toEqual({ file: save });
  expect(asked).toEqual(['中卫市应急管理局2024年政府信息公开工作年度报告审核说明清单.docx']);
  const text = elements(unzipDocx(readFileSync(save))['word/document.xml'], 't')
    .map((t) => decodeXml(t.replace(/<[^>]+>/g, '')))
    .join('');
  expect(text).toContain('中卫市应急管理局2024年政府信息公开工作年度报告审核说明');
  expect(text).toContain('缺少“一、总体情况”部分');
  expect(text).toContain('把“及时”连写了两遍');
  expect(text).toContain('原文如此，已改。');
});

it('lists last year’s warnings too: a 上年结转 that does not match last year’s report', async () => {
  const agency = await call('saveAgency', { name: '中卫市应急管理局', level: 'department' });
  const last = await call('createReport', { agencyId: agency.id, year: 2023, from: 'blank' });
  await call('setCell', last.id, { table: 'table3', row: '4', col: 0 }, 3);
  const { id } = await call('createReport', { agencyId: agency.id, year: 2024, from: 'blank' });
  await call('setCell', id, { table: 'table3', row: '2', col: 0 }, 5);
  save = path.join(dir, '清单.docx');
  await call('exportReport', id, { format: 'explanations' });
  const text = elements(unzipDocx(readFileSync(save))['word/document.xml'], 't')
    .map((t) => decodeXml(t.replace(/<[^>]+>/g, '')))
    .join('');
  expect(text).toContain('上年报告“四、结转下年度继续办理”的“自然人” 3，现为 5');
});
