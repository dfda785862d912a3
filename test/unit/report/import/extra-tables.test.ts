// §5: a table that is not 表二/三/四 (a 信息处理费收取情况 table after 表四) is
// left out with a note, and the part headings after it are still found —
// mapped when their words name the part, taken by their number and flagged
// when they do not. Built on 淮安市人民政府's 2024 report (test/fixtures/import/real,
// whose part 六 reports 3940 元 of 信息处理费), written out as a copied page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importHtml } from '../../../../report/import/html';
import { importReport } from '../../../../report/import/index';
import { importText } from '../../../../report/import/txt';
import type { Report } from '../../../../report/report';
import { pick, reportToText } from './import-helpers';

let real: Report;
let text: string;
beforeAll(async () => {
  const file = path.resolve(__dirname, '../../../fixtures/import/real/huaian-city-2024.pdf');
  real = (await importReport(new Uint8Array(readFileSync(file)), 'huaian-city-2024.pdf')).report;
  text = reportToText(real);
}, 30_000);

const FEES = ['信息处理费收取情况', '收费项目\t收费数量（件）\t收费金额（元）', '信息处理费\t2\t3940', ''].join('\n');

function change(from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe('an extra table after 表四', () => {
  it('is left out of 表四 (which reads whole), said so; the reworded heading after it still starts part 五', () => {
    const t = change('五、存在的主要问题及改进情况', `${FEES}\n五、存在的不足及改进措施`);
    const { report, problems } = importText(t);
    expect(pick(report)).toEqual(pick(real));
    expect(problems.map((p) => p.message)).toEqual(['表四之后另有表格或数字（从“信息处理费收取情况”起），不属于表二、表三、表四，未导入']);
  });

  it('a heading whose words name no part (五、下一步工作打算) is taken for part 五 by its number, and flagged', () => {
    const t = change('五、存在的主要问题及改进情况', `${FEES}\n五、下一步工作打算`);
    const { report, problems } = importText(t);
    expect(report.parts.problems).toBe(real.parts.problems);
    expect(report.table4).toEqual(real.table4);
    expect(problems.map((p) => p.message)).toContain('部分标题“五、下一步工作打算”与正式标题“五、存在的主要问题及改进情况”不同，已按序号作为该部分读入，请核对');
  });

  it('a list numbered 二、 inside part 一 is never taken for a heading', () => {
    const t = change(real.parts.overview.split('\n')[1], '二、加强组织领导');
    const { report } = importText(t);
    expect(report.parts.overview).toContain('二、加强组织领导');
  });

  it('on a web page, a table of other figures is named and left out', () => {
    const page = `<html><head><meta charset="utf-8"></head><body><div id="zoom">
      <p>淮安市人民政府2024年政府信息公开工作年度报告</p><p>一、总体情况</p><p>2024年，我市……</p>
      <p>六、其他需要报告的事项</p><table><tr><td>信息处理费收取情况</td><td>金额（元）</td></tr><tr><td>信息处理费</td><td>3940</td></tr></table>
      </div></body></html>`;
    const { problems } = importHtml(new TextEncoder().encode(page));
    expect(problems.map((p) => p.message)).toContain('文中另有一张表格（“信息处理费收取情况”），不是表二、表三、表四，未导入');
  });
});
