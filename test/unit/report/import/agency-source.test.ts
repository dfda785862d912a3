// Where the agency comes from when the copied text has no title (issue 15 §6),
// on the seed report's text: the 落款 at the end, else the first sentence of
// part 一 (2023 年，中卫市应急管理局坚持…); the note says which.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../../../report/import/index';
import { importText } from '../../../../report/import/txt';

const seed = readFileSync(path.resolve(__dirname, '../../../fixtures/shared/seeds/000_68281a0ece325528.txt'), 'utf8');
/** The seed as a web copy often has it: no title line, no preamble (which quotes the title). */
const untitled = seed.replace(/^中卫市应急管理局 2023 年政府信息公开工作年度报告$/m, '').replace(/^根据《中华人民共和国政府信息公开条例》.*$/m, '');

describe('the agency of a copy without a title', () => {
  it('from the first sentence of part 一', () => {
    const { report, problems } = importText(untitled);
    expect([report.unit, report.year]).toEqual(['中卫市应急管理局', 2023]);
    expect(problems.find((p) => p.part === 'title')?.message).toBe('没有找到报告标题：年度为 2023 年，单位按“一、总体情况”的第一句读入（“中卫市应急管理局”），请核对');
  });

  it('from the 落款 (agency, then date) at the end, before the opening sentence', () => {
    const text = `${untitled.replace('2023 年，中卫市应急管理局坚持', '2023 年，我局坚持')}\n中卫市应急管理局\n2024年1月20日\n`;
    const { report, problems } = importText(text);
    expect(report.unit).toBe('中卫市应急管理局');
    expect(problems.find((p) => p.part === 'title')?.message).toBe('没有找到报告标题：年度为 2023 年，单位按文末落款“中卫市应急管理局”读入，请核对');
  });

  it('neither: the unit is left to the clerk, said so', () => {
    const { report, problems } = importText(untitled.replace('2023 年，中卫市应急管理局坚持', '2023 年，我局坚持'));
    expect(report.unit).toBe('');
    expect(problems.find((p) => p.part === 'title')?.message).toMatch(/单位名称为空，请补填/);
  });
});

describe('where agency and year came from (the preview shows it)', () => {
  it('the title, the opening sentence, the 落款, none', () => {
    expect(importText(seed).origin).toEqual({
      unit: { from: 'title', text: '中卫市应急管理局2023年政府信息公开工作年度报告' },
      year: { from: 'title', text: '中卫市应急管理局2023年政府信息公开工作年度报告' },
    });
    expect(importText(untitled).origin?.unit).toEqual({ from: 'opening', text: '中卫市应急管理局' });
    const signed = `${untitled.replace('2023 年，中卫市应急管理局坚持', '2023 年，我局坚持')}\n中卫市应急管理局\n2024年1月20日\n`;
    expect(importText(signed).origin?.unit).toEqual({ from: 'signature', text: '中卫市应急管理局' });
    expect(importText(untitled.replace('2023 年，中卫市应急管理局坚持', '2023 年，我局坚持')).origin?.unit).toEqual({ from: 'none' });
  });

  it('a 落款 naming another agency than the title is offered beside it', () => {
    const { report, origin } = importText(`${seed}\n中卫市人民政府办公室\n2024年1月20日\n`);
    expect(report.unit).toBe('中卫市应急管理局');
    expect(origin?.others).toEqual({ unit: ['中卫市人民政府办公室'] });
  });

  it('the file name: the agency when nothing else names it, a year that differs offered', async () => {
    const bare = untitled.replace('2023 年，中卫市应急管理局坚持', '2023 年，我局坚持');
    const named = await importReport(new TextEncoder().encode(bare), '中卫市应急管理局2023年政府信息公开工作年度报告.txt');
    expect([named.report.unit, named.origin?.unit]).toEqual(['中卫市应急管理局', { from: 'file-name', text: '中卫市应急管理局2023年政府信息公开工作年度报告.txt' }]);
    expect(named.problems.map((p) => p.message)).toContain('单位按文件名“中卫市应急管理局2023年政府信息公开工作年度报告.txt”读入，请核对');
    const other = await importReport(new TextEncoder().encode(seed), '应急局2022年报.txt');
    expect(other.origin?.others).toEqual({ year: [2022] });
  });
});
