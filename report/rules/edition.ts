// structure.edition: a report filed in an edition of the format that is not its year's
// (a 2022 report in the 2019 layout). Accepted as written, never converted: the
// clerk is told, and moves the figures into the right layout or explains why.
import { EDITIONS, FORMATS, formatOf } from '../format';
import type { Rule } from './types';

const yearsText = (e: (typeof EDITIONS)[number]) => {
  const y = FORMATS[e].years;
  return y.to === undefined ? `${y.from} 年及以后` : `${y.from}–${y.to} 年`;
};

export const editionYear: Rule<'structure.edition'> = {
  id: 'structure.edition',
  name: '格式版本与报告年度不符',
  severity: 'warning',
  needs: {},
  help:
    `检查报告所用格式的版本与年度是否相符：2019、2020 年度的报告使用 2019 年版格式（${FORMATS['2019'].notice}），2021 年度及以后的报告使用 2021 年版格式（${FORMATS['2021'].notice}）。` +
    '按 2019 年版格式填写的报告，年度在 2019–2020 年以外时提示：两版表二的栏目不同，表三（六）其他处理的行数也不同，' +
    '程序按报告自己的格式读取和检查，不会自动改成另一版；请按本年度应使用的格式重新填报，确有原因的在审核说明中写明。' +
    '按 2021 年版格式填写的 2019、2020 年度报告（实际中有这种情况）照 2021 年版读取，不提示。' +
    '依据：两版格式各自适用的年度（2019 年版自 2019 年度报告起，2021 年版自 2021 年度报告起）。',
  check(ctx) {
    const r = ctx.report;
    const y = formatOf(r).years;
    // only an edition with an end: the current edition's layout is accepted for earlier years as offices used it
    if (y.to === undefined || (r.year >= y.from && r.year <= y.to)) return [];
    const due = EDITIONS.find((e) => {
      const z = FORMATS[e].years;
      return r.year >= z.from && (z.to === undefined || r.year <= z.to);
    });
    return [
      {
        rule: 'structure.edition',
        severity: 'warning',
        message:
          `本报告按 ${r.edition} 年版格式（${formatOf(r).notice}，用于 ${yearsText(r.edition)}的报告）填写，但年度是 ${r.year} 年` +
          (due ? `，应使用 ${due} 年版格式（${FORMATS[due].notice}）` : '') +
          '；程序按报告所写的格式检查，未作转换，请核对',
      },
    ];
  },
};
