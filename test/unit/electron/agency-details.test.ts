// Issue 12 §4: each agency keeps its 落款 preference and contact details in the
// archive (migration 5), through the api and its contract; 导出 follows the agency's
// choice of 落款 before 设置's.
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
let file = '';
let archive: Archive;
let api: Api;
let save: string | null = null;

function start() {
  const data = dataPaths(path.join(dir, 'userData'));
  mkdirSync(path.dirname(data.archive), { recursive: true });
  file = data.archive;
  archive = openArchive(data.archive);
  const dialogs: Dialogs = { openFile: async () => null, saveFile: async () => save, chooseFolder: async () => null };
  api = createApi({ archive, dialogs, shell: { showInFolder() {} }, settingsFile: data.settings, version: '0.1.0' });
}
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-agency-details-'));
  start();
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
const docText = (f: string) =>
  elements(unzipDocx(readFileSync(f))['word/document.xml'], 't')
    .map((t) => decodeXml(t.replace(/<[^>]+>/g, '')))
    .join('');

it('keeps an agency’s 落款 choice and contact details across a restart, tidied; nothing until saved', async () => {
  const a = await call('saveAgency', { name: '中卫市应急管理局', level: 'department' });
  expect(await call('agencyDetails', a.id)).toEqual({ signature: null, address: null, postcode: null, phone: null, email: null });
  const saved = await call('saveAgencyDetails', a.id, { signature: true, address: ' 中卫市沙坡头区鼓楼西街 1 号\u200b ', postcode: '755000', phone: '0955-7012345', email: '' });
  expect(saved).toEqual({ signature: true, address: '中卫市沙坡头区鼓楼西街 1 号', postcode: '755000', phone: '0955-7012345', email: null });
  archive.close();
  start();
  expect(await call('agencyDetails', a.id)).toEqual(saved);
  expect(readFileSync(file).length).toBeGreaterThan(0);
});

it('refuses in Chinese what it cannot keep: an unknown agency, a line too long, a stray field', async () => {
  const a = await call('saveAgency', { name: '中卫市应急管理局', level: 'department' });
  const none = { signature: null, address: null, postcode: null, phone: null, email: null };
  await expect(call('saveAgencyDetails', 99, none)).rejects.toThrow('没有编号为 99 的机关');
  await expect(call('saveAgencyDetails', a.id, { ...none, phone: '1'.repeat(61) })).rejects.toThrow('联系电话不能超过 60 个字');
  await expect(call('saveAgencyDetails', a.id, { ...none, fax: '1' })).rejects.toThrow();
  expect(await call('agencyDetails', a.id)).toEqual(none);
});

it('导出 puts the 落款 under the report when the agency asks for it, and leaves it out when the agency says no, whatever 设置 says', async () => {
  const a = await call('saveAgency', { name: '中卫市应急管理局', level: 'department' });
  const { id } = await call('createReport', { agencyId: a.id, year: 2024, from: 'blank' });
  const date = /\d{4}年\d{1,2}月\d{1,2}日$/;
  const lastText = (f: string) => docText(f).slice(-40);
  await call('saveSettings', { signature: false });
  await call('saveAgencyDetails', a.id, { signature: true, address: null, postcode: null, phone: null, email: null });
  save = path.join(dir, '有落款.docx');
  await call('exportReport', id, { format: 'docx' });
  expect(lastText(save)).toMatch(date);
  await call('saveSettings', { signature: true });
  await call('saveAgencyDetails', a.id, { signature: false, address: null, postcode: null, phone: null, email: null });
  save = path.join(dir, '无落款.docx');
  await call('exportReport', id, { format: 'docx' });
  expect(lastText(save)).not.toMatch(date);
  // null: as 设置 says (on)
  await call('saveAgencyDetails', a.id, { signature: null, address: null, postcode: null, phone: null, email: null });
  save = path.join(dir, '按设置.docx');
  await call('exportReport', id, { format: 'docx' });
  expect(lastText(save)).toMatch(date);
});
