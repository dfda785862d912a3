// Placeholders published tables put where nothing happened (issue 15 §10):
// "/", "-", "—", "不适用", "N/A", "无" are read as blank, each named in a note
// so the clerk writes 0 where 0 was meant. Built on the seed report's text,
// with cells written as other published reports write them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../../report/import/txt';

const seed = readFileSync(path.resolve(__dirname, '../../../fixtures/shared/seeds/000_68281a0ece325528.txt'), 'utf8');

describe('placeholders in the tables', () => {
  it.each(['/', '-', '—', '不适用', 'N/A', '无', '／'])('“%s” reads as blank, said so, the other cells in their columns', (mark) => {
    const text = seed.replace(/^行政规范性文件\t0\t0\t0$/m, `行政规范性文件\t${mark}\t0\t${mark}`);
    expect(text).not.toBe(seed);
    const { report, problems } = importText(text);
    expect(report.table2.normativeDocuments).toEqual([null, 0, null]);
    const notes = problems.filter((p) => p.row === 'normativeDocuments').map((p) => p.message);
    expect(notes).toHaveLength(2);
    for (const n of notes) expect(n).toContain(`写的是“${mark}”，已按空白读入，请填写数字（没有就填 0）`);
  });

  it('in a row copied from a PDF (numbers after the label, separated by spaces)', () => {
    const text = seed.replace(/^行政规范性文件\t0\t0\t0$/m, '行政规范性文件 不适用 0 N/A');
    const { report, problems } = importText(text);
    expect(report.table2.normativeDocuments).toEqual([null, 0, null]);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/“不适用”[\s\S]*“N\/A”/);
  });
});
