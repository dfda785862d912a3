// The files of the office's e2e walk, generated from the seed report: 39 units,
// 37 reports (exchange files, .docx through the project's exporter, .txt from the
// seed text), a damaged file, one of an unknown unit, and a second version.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeExchange } from '../../report/exchange';
import { EXPORTERS } from '../../report/export/index';
import type { Report } from '../../report/report';
import { completeReport } from '../fixtures/archive/reports';
import { SHARED } from './harness';

export const GOVERNMENT = '沙坡头县人民政府';
export const OFFICE = '沙坡头县人民政府办公室';
const DEPARTMENT_NAMES = '发展和改革局 教育局 科学技术局 工业和信息化局 公安局 民政局 司法局 财政局 人力资源和社会保障局 自然资源局 生态环境局 住房和城乡建设局 交通运输局 水务局 农业农村局 商务局 文化旅游广电局 卫生健康局 退役军人事务局 应急管理局 审计局 市场监督管理局 统计局 医疗保障局 林业和草原局 乡村振兴局 信访局 行政审批服务局 城市管理局 金融工作局'.split(' ');
export const DEPARTMENTS = DEPARTMENT_NAMES.map((n) => `沙坡头县${n}`);
export const TOWNSHIPS = ['宣和镇', '永康镇', '常乐镇', '镇罗镇', '柔远镇', '东园镇', '迎水桥镇', '兴仁镇'];
export const UNITS = [OFFICE, ...DEPARTMENTS, ...TOWNSHIPS];
/** the two units that send nothing */
export const MISSING = [DEPARTMENTS[27], TOWNSHIPS[7]];
/** sends a report whose table 三 row 一 does not add up */
export const WITH_ERROR = DEPARTMENTS[4];
/** sends a first and then a corrected second version */
export const TWICE = DEPARTMENTS[1];
/** leaves 规章 新制发件数 blank */
export const BLANK_CELL_UNIT = TOWNSHIPS[0];
export const UNKNOWN = '沙坡头县气象局';

/** A unit's report with figures of its own (i: the unit's number). */
export function reportOf(unit: string, i: number, year = 2023): Report {
  const r = completeReport(unit, year);
  r.table2.rules = [i % 4, i % 2, 10 + i];
  r.table2.licensing = 100 + i * 3;
  r.table2.feesWanYuan = i % 5 === 0 ? 0.25 : 0;
  const persons = 2 + (i % 7);
  const firms = i % 3;
  r.table3['1'] = [persons, firms, 0, 0, 0, 0, persons + firms];
  r.table3['3.1'] = [persons, firms, 0, 0, 0, 0, persons + firms];
  r.table3['3.7'] = [persons, firms, 0, 0, 0, 0, persons + firms];
  r.table4.review = [i % 2, 0, 0, 0, i % 2];
  r.parts.overview = `${year}年，${unit}认真落实政府信息公开条例，第${i}项工作有序推进。本单位主动公开各类信息${100 + i}条。`;
  if (unit === BLANK_CELL_UNIT) r.table2.rules = [null, 0, 3];
  if (unit === WITH_ERROR) r.table3['1'] = [persons, firms, 0, 0, 0, 0, persons + firms + 5];
  return r;
}

/** The 40 files in a folder; returns what each unit sent last (the units' reports as the test knows them). */
export async function writeUnitFiles(dir: string): Promise<{ folder: string; sent: Map<string, Report | 'txt'> }> {
  const folder = path.join(dir, '收到的报告');
  mkdirSync(folder, { recursive: true });
  const sent = new Map<string, Report | 'txt'>();
  const seedText = readFileSync(path.join(SHARED, 'seeds/000_68281a0ece325528.txt'), 'utf8');
  let n = 0;
  const name = (s: string) => `${String(++n).padStart(2, '0')}_${s}`;
  for (const [i, unit] of UNITS.entries()) {
    if (MISSING.includes(unit)) continue;
    const report = reportOf(unit, i);
    const kind = unit === TWICE || unit === WITH_ERROR || unit === BLANK_CELL_UNIT ? 'exchange' : ['exchange', 'docx', 'txt'][i % 3];
    if (kind === 'exchange') {
      writeFileSync(path.join(folder, name(`${unit}.json`)), writeExchange({ kind: 'report', report, status: 'final', from: unit, app: '政府信息公开年报', createdAt: '2024-01-20T08:00:00Z' }));
      sent.set(unit, report);
    } else if (kind === 'docx') {
      writeFileSync(path.join(folder, name(`${unit}2023年政府信息公开工作年度报告.docx`)), (await EXPORTERS.docx.write(report)) as Uint8Array);
      sent.set(unit, report);
    } else {
      // the seed's published text under this unit's name: its figures are the seed's
      writeFileSync(path.join(folder, name(`${unit}.txt`)), seedText.split('中卫市应急管理局').join(unit));
      sent.set(unit, 'txt');
    }
  }
  // damaged on the way: one character of the payload changed
  const good = writeExchange({ kind: 'report', report: reportOf(DEPARTMENTS[10], 10), status: 'final', from: 'x', app: 'x', createdAt: '2024-01-20T08:00:00Z' });
  const at = good.indexOf('"content"');
  writeFileSync(path.join(folder, name('损坏的交换文件.json')), good.slice(0, at) + good.slice(at).replace('生态环境局', '生态环境厅'));
  writeFileSync(path.join(folder, name(`${UNKNOWN}.json`)), JSON.stringify(reportOf(UNKNOWN, 50)));
  const second = reportOf(TWICE, 77);
  writeFileSync(
    path.join(folder, name(`${TWICE}（第二版）.json`)),
    writeExchange({ kind: 'report', report: second, status: 'final', from: TWICE, app: '政府信息公开年报', createdAt: '2024-01-22T08:00:00Z' }),
  );
  sent.set(TWICE, second);
  return { folder, sent };
}
