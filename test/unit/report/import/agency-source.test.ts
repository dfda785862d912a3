// Where the agency comes from when the copied text has no title (issue 15 §6),
// on the seed report's text: the 落款 at the end, else the first sentence of
// part 一 (2023 年，中卫市应急管理局坚持…); the note says which.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
