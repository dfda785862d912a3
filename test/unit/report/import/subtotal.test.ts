// §3: table 三's 法人或其他组织 小计 column located by the header, wherever it
// puts it, then checked by the arithmetic; where the two disagree the preview
// is given the other reading to choose. The figures are 淮安市人民政府's 2024
// report (test/fixtures/import/real), read from the real PDF and written out as
// a copy of a page whose table 三 has the extra 小计 column.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE3_ROWS } from '../../../../report/format';
import { importReport } from '../../../../report/import/index';
import { subtotalFromHeader } from '../../../../report/import/subtotal';
import { importText } from '../../../../report/import/txt';
import type { Report } from '../../../../report/report';
import { reportToText } from './import-helpers';

let real: Report;
let withSubtotal: string; // 小计 after 自然人, in the header and in every row
beforeAll(async () => {
  const file = path.resolve(__dirname, '../../../fixtures/import/real/huaian-city-2024.pdf');
  real = (await importReport(new Uint8Array(readFileSync(file)), 'huaian-city-2024.pdf')).report;
  withSubtotal = reportToText(real, { subtotal: true });
}, 30_000);

const ORGS = '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他';
const headerAfterOther = (t: string) => t.replace(`小计\t${ORGS}`, `${ORGS}\t小计`);
const headerWithout = (t: string) => t.replace(`小计\t${ORGS}`, ORGS);
/** Every row of table 三 with its 小计 figure moved from after 自然人 to after 其他. */
function figuresAfterOther(t: string): string {
  const labels = new Set(TABLE3_ROWS.flatMap((r) => [r.label, r.item?.label ?? '', r.group?.label ?? '']).filter(Boolean));
  return t
    .split('\n')
    .map((line) => {
      const cells = line.split('\t');
      if (cells.length < 11 || !cells.slice(0, 3).some((c) => labels.has(c))) return line;
      const v = cells.slice(-8);
      return [...cells.slice(0, -8), v[0], ...v.slice(2, 7), v[1], v[7]].join('\t');
    })
    .join('\n');
}

describe('the 小计 column of table 三', () => {
  it('after 自然人 (header and figures): read, dropped, nothing to say', () => {
    const { report, problems } = importText(withSubtotal);
    expect(report.table3).toEqual(real.table3);
    expect(problems).toEqual([]);
  });

  it('after 其他 as the header puts it: every legal-person figure in its own column', () => {
    const text = figuresAfterOther(headerAfterOther(withSubtotal));
    expect(subtotalFromHeader(text.split('\n').map((l) => l.split('\t')))).toBe(6);
    const { report, problems } = importText(text);
    expect(report.table3).toEqual(real.table3);
    expect(problems).toEqual([]);
  });

  it('the header says after 其他 but the figures add up only after 自然人: read by the header, the other reading offered', () => {
    const { report, problems } = importText(headerAfterOther(withSubtotal));
    expect(report.table3).not.toEqual(real.table3);
    const ask = problems.find((p) => p.alternative);
    expect(ask?.message).toMatch(/^表三表头中“小计”列在“其他”之后，但这样读有 \d+ 行的小计与五类组织之和不符；若“小计”在“自然人”之后，则每行都相符。已按表头读入，请在预览中核对表三并选择$/);
    expect(ask?.alternative).toEqual(real.table3);
  });

  it('no 小计 in the header, eight figures after 其他: the arithmetic places it, said so', () => {
    const { report, problems } = importText(figuresAfterOther(headerWithout(withSubtotal)));
    expect(report.table3).toEqual(real.table3);
    expect(problems.map((p) => p.message)).toContain('表三各行有 8 个数值：按各行的小计与五类组织之和，“法人或其他组织 小计”列在“其他”之后，已按此读入（小计列不保存），请核对');
  });
});
