// The rules over a set of reports — a government's and its units' of one year:
// rollup.sum (the government's figures against its units' sum) and
// rollup.copied-text (one unit's narrative copied from another's). They read
// many reports, so validateReport (one report) never runs them; checkRollup does.
import { cellName, cellsOf, FORMATS, partDef } from '../format';
import { getCell, type Report } from '../report';
import { repetition, REPETITION_LIMIT } from '../rules/similarity';
import type { Finding, Severity } from '../rules/types';
import { compileTables, type CellProvenance, type RollupUnit } from './sum';

/** A rule over a set of reports: like a registry rule, with its own check. */
export interface SetRule<Id extends string> {
  id: Id;
  name: string;
  severity: Severity;
  help: string;
  check(gov: Report | null, units: readonly RollupUnit[]): RollupFinding[];
}

/** A finding of a set rule; `unit` names the unit whose report it is about (absent: the government's). */
export type RollupFinding = Finding & { unit?: string };

/** Units named in one message at most; the rest are counted. */
const NAMED = 8;
const names = (xs: readonly string[]) =>
  xs.length <= NAMED ? xs.map((x) => `“${x}”`).join('、') : `${xs.slice(0, NAMED).map((x) => `“${x}”`).join('、')}等 ${xs.length} 个单位`;
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/** The units' reports of the government's year; a report of another year counts as none. */
const ofYear = (units: readonly RollupUnit[], year: number): RollupUnit[] =>
  units.map((u) => (u.report && u.report.year !== year ? { ...u, report: null } : u));

/** The units' figures of a cell for a message: the non-zero ones, at most NAMED, the rest counted. */
const parts = (p: CellProvenance) => {
  const shown = p.parts.filter((x) => x.value !== 0);
  const list = shown.slice(0, NAMED).map((x) => `${x.unit} ${x.value}`).join('，');
  const more = shown.length > NAMED ? `等 ${shown.length} 个单位` : '';
  const zeros = p.parts.length - shown.length;
  return (list || '均为 0') + more + (list && zeros ? `，其余 ${zeros} 个单位为 0` : '');
};

export const rollupSum: SetRule<'rollup.sum'> = {
  id: 'rollup.sum',
  name: '与各单位报告汇总数不符',
  severity: 'warning',
  help:
    '本级政府的年度报告应反映本行政区域全貌：表二、表三、表四的每个数字应等于各单位（部门、乡镇街道、下级政府）同一年度报告的合计。' +
    '逐格比较本级报告中填写的数字与各单位报告之和，不符时提示差额和各单位的数字；有单位尚无报告或未填写该格时无法确认，只作提示并列出这些单位。' +
    '下级政府已有汇总报告的，按其汇总数计入，不再重复计入其所属单位。依据：政府信息公开工作年度报告评估中“未反映本行政区域全貌”的扣分项。',
  check(gov, units) {
    if (!gov || gov.level !== 'government' || gov.edition !== '2021') return [];
    const compiled = compileTables(ofYear(units, gov.year));
    if (compiled.included.length === 0) return [];
    const findings: RollupFinding[] = [];
    let unsure = 0;
    for (const a of CELLS) {
      const p = compiled.provenance(a)!;
      const actual = getCell(gov, a);
      if (actual === null || actual === undefined || p.sum === null) continue;
      const complete = p.blank.length === 0 && p.missing.length === 0;
      if (complete && actual !== p.sum) {
        findings.push({
          rule: 'rollup.sum',
          severity: 'warning',
          ...a,
          expected: p.sum,
          actual,
          message: `${cellName(a)}填 ${actual}，各单位报告合计 ${p.sum}（相差 ${signed(round(actual - p.sum))}）；各单位：${parts(p)}。请核对后改正，或写明审核说明`,
        });
      } else if (!complete && actual < p.sum) {
        // counts and amounts are never negative: less than the units received so far is wrong already
        findings.push({
          rule: 'rollup.sum',
          severity: 'warning',
          ...a,
          expected: p.sum,
          actual,
          message: `${cellName(a)}填 ${actual}，仅已报单位的合计就有 ${p.sum}（相差 ${signed(round(actual - p.sum))}）；各单位：${parts(p)}`,
        });
      } else if (!complete && actual !== p.sum) unsure++;
    }
    const blankUnits = [...new Set([...compiled.cells.values()].flatMap((p) => p.blank))];
    if (unsure > 0 && (compiled.missing.length || blankUnits.length)) {
      const why = [
        compiled.missing.length ? `${names(compiled.missing)}尚无 ${gov.year} 年度报告` : '',
        blankUnits.length ? `${names(blankUnits)}的报告有未填写的单元格` : '',
      ]
        .filter(Boolean)
        .join('；');
      findings.push({
        rule: 'rollup.sum',
        severity: 'info',
        message: `有 ${unsure} 个单元格与已收到报告的合计不同，但${why}，无法确认汇总数是否正确；收齐后再核对`,
      });
    }
    return findings;
  },
};

const round = (n: number) => Number(n.toFixed(6));
const CELLS = cellsOf(FORMATS['2021']);

const NAME_MARK = '〇〇';

/** The report with the unit's own name masked: a copied text has had the name changed. */
const masked = new WeakMap<Report, Report>();
function maskedOf(r: Report, unitName: string): Report {
  let m = masked.get(r);
  if (!m) {
    // the name as written and without its region (中卫市应急管理局 → 应急管理局), longest first
    const full = [r.unit, unitName];
    const short = full.map((n) => n.replace(/^.{1,12}?(?:自治州|自治县|市|县|区|旗)/, ''));
    const names = [...new Set([...full, ...short].filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
    const mask = (s: string) => names.reduce((t, n) => t.split(n).join(NAME_MARK), s);
    m = { ...r, parts: { overview: mask(r.parts.overview), problems: mask(r.parts.problems), other: mask(r.parts.other) } };
    masked.set(r, m);
  }
  return m;
}

export const rollupCopiedText: SetRule<'rollup.copied-text'> = {
  id: 'rollup.copied-text',
  name: '与其他单位报告雷同',
  severity: 'warning',
  help:
    '同一年度各单位的年度报告应各自反映本单位的工作。把本单位正文（第一、五、六部分）与同一年度其他单位的报告逐句比较：' +
    '按“。！？；”分句，去掉空白，四位数年份视为相同，单位名称视为相同；本单位正文中与另一单位某一句完全相同的句子所占字数超过 50% 即提示，并指出最相似的单位。' +
    '依据：政府信息公开工作年度报告评估中发现的“跨区域抄袭”问题，重复率的算法与“与上年报告重复过多”相同。',
  check(gov, units) {
    const findings: RollupFinding[] = [];
    const withReport = units.filter((u) => u.report && (!gov || u.report.year === gov.year));
    for (const u of withReport) {
      const mine = maskedOf(u.report!, u.name);
      let best: { share: number; other: RollupUnit; part: ReturnType<typeof repetition>['worstPart'] } | undefined;
      for (const o of withReport) {
        if (o === u || o.report!.year !== u.report!.year) continue;
        const rep = repetition(mine, maskedOf(o.report!, o.name));
        if (rep.share > REPETITION_LIMIT && (!best || rep.share > best.share)) best = { share: rep.share, other: o, part: rep.worstPart };
      }
      if (!best) continue;
      findings.push({
        rule: 'rollup.copied-text',
        severity: 'warning',
        part: best.part,
        unit: u.id,
        message:
          `“${u.name}”的正文（第一、五、六部分）有 ${Math.floor(best.share * 100)}% 的文字与“${best.other.name}”的报告逐句相同，超过 50%；` +
          `请按本单位的实际情况改写，雷同最多的是“${partDef(best.part).heading}”`,
      });
    }
    return findings;
  },
};

/** The set rules, in the order their findings are listed. */
export const ROLLUP_RULES = [rollupSum, rollupCopiedText] as const;

/**
 * Every finding of the set rules: the government's report (level government; null when
 * there is none yet) against its units' reports of the same year, and the units among themselves.
 */
export function checkRollup(gov: Report | null, units: readonly RollupUnit[]): RollupFinding[] {
  return ROLLUP_RULES.flatMap((r) => r.check(gov, units));
}
