// Row labels typed a few characters off (issue 15 §2), on the seed report's
// text: the one official row they can only mean is read, with a note naming
// the variant; a label near none, or near two, is never guessed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nearKey } from '../../../../report/import/near';
import { importText } from '../../../../report/import/txt';

const seed = readFileSync(path.resolve(__dirname, '../../../fixtures/shared/seeds/000_68281a0ece325528.txt'), 'utf8');
const seedReport = importText(seed).report;

describe('near misses of table 三’s row labels', () => {
  it.each([
    ['2.其他法律行政法规禁止公开', '2.其他法律行政止公开', '3.3.2'], // seen in a published report
    ['5.属于三类内部事务信息', '5.属于三类内部事物信息', '3.3.5'],
    ['2.没有现成信息需要另行制作', '2.没有现存信息需另行制作', '3.4.2'],
  ])('“%s” written “%s” reads as its row, said so', (official, typed, key) => {
    const text = seed.replace(official, typed);
    expect(text).not.toBe(seed);
    const { report, problems } = importText(text);
    expect(report.table3).toEqual(seedReport.table3);
    expect(problems).toEqual([{ table: 'table3', row: key, message: `表三的“${typed}”与正式名称“${official}”相差几个字，已按该行读入，请核对` }]);
  });

  it('a label near no row is named as unread, its row left blank', () => {
    const { report, problems } = importText(seed.replace('5.属于三类内部事务信息', '5.涉及内部管理的材料'));
    expect(report.table3['3.3.5']).toEqual(Array(7).fill(null));
    expect(problems.map((p) => p.message)).toEqual([
      '表三有一行无法识别，已略过：“5.涉及内部管理的材料 0 0 0 0 0 0 0”',
      '表三中没有找到“（三）不予公开5.属于三类内部事务信息”行，该行按空白处理',
    ]);
  });

  it('never picks between two labels equally near, nor matches a short cell loosely', () => {
    expect(nearKey('1.甲乙丙丁戊', ['1.甲乙丙丁己', '1.甲乙丙丁庚'])).toBeUndefined();
    expect(nearKey('商业企', ['商业企业'])).toBeUndefined();
    expect(nearKey('x'.repeat(61), ['x'.repeat(60)])).toBeUndefined();
  });
});
