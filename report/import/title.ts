// The report's title: unit + year. Published titles come in several orders
// (单位2023年… / 2023年度单位… / 单位2023年度…工作报告), and web copies often
// lose the title line, leaving the unit only in the preamble (现公布《…》 / 由…编制).
import type { Level } from '../format';
import { asciiDigits, compact } from '../text';

export interface Title {
  unit: string;
  year: number;
  title: string;
}

/** 政府信息公开工作年度报告 and the variants offices print: 信息公开工作年度报告 (after …人民政府), 年度工作报告, 工作报告. */
const SUFFIX = String.raw`(?:政府)?信息公开(?:工作)?(?:年度)?(?:工作)?报告`;
const UNIT_FIRST = new RegExp(String.raw`^(.*?)(\d{4})年(?:度)?${SUFFIX}$`);
// greedy: 2023年长春市二道区人民政府信息公开… keeps 人民政府 in the unit
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})年(?:度)?(.+)${SUFFIX}$`);

/** The year-first form leaves 政府 of 政府信息公开 on the unit (长春新区管委会政府, 上海市政府) unless it is 人民政府. */
function cleanUnit(raw: string, yearFirst: boolean): string {
  const u = raw.replace(/^[《〈“"]+|[》〉”"]+$/g, '');
  return yearFirst && /政府$/.test(u) && !/人民政府$/.test(u) ? u.slice(0, -2) : u;
}

// 中卫市应急管理局政府信息公开工作年度报告（2023年度）: the year in brackets after the title
const YEAR_AFTER = new RegExp(String.raw`^(.+?)${SUFFIX}[（(](\d{4})年?度?[)）]$`);

/** A title line (short, alone): unit and year, or undefined. */
export function parseTitle(text: string): Title | undefined {
  const t = compact(asciiDigits(text)).replace(/^《(.*)》$/, '$1');
  if (t.length > 80) return undefined;
  let unit: string;
  let year: number;
  const a = t.match(UNIT_FIRST);
  const b = a && a[1] ? undefined : t.match(YEAR_FIRST);
  const c = a || b ? undefined : t.match(YEAR_AFTER);
  if (a && a[1]) [unit, year] = [a[1].replace(/关于$/, ''), Number(a[2])]; // 某局关于2023年…
  else if (b) [unit, year] = [b[2], Number(b[1])];
  else if (a) [unit, year] = ['', Number(a[2])];
  else if (c) [unit, year] = [c[1], Number(c[2])];
  else return undefined;
  if (year < 1990 || year > 2999) return undefined;
  return { unit: cleanUnit(unit, !!b || !!c), year, title: t };
}

/** Words that stand before a title quoted in running text: never part of the unit. */
const LEAD = /^.*?(?:现将|现予|特向社会|向社会|现|予以|特|的)?(?:公布|公开|发布|编制|印发|报告如下)(?:了)?/;

/**
 * A title named inside the preamble, when the title line itself was not copied:
 * 《双塔区人民政府2022年政府信息公开工作年度报告》, 现公布子长市人民政府2023年度政府信息公开工作报告.
 */
export function titleInText(text: string): Title | undefined {
  const t = compact(asciiDigits(text));
  for (const m of t.matchAll(/《([^《》]{4,80})》/g)) {
    const hit = parseTitle(m[1]);
    if (hit?.unit) return hit;
  }
  const re = new RegExp(String.raw`[^，,。；;：:《》（）()]{0,60}?\d{4}年(?:度)?${SUFFIX}`, 'g');
  for (const m of t.matchAll(re)) {
    const hit = parseTitle(m[0].replace(LEAD, ''));
    if (hit?.unit && hit.unit.length <= 40 && !/^(我|本|该)/.test(hit.unit)) return hit;
  }
  return undefined;
}

/** 由保康县农业农村局编制: the unit named as the report's author. */
export function unitInText(text: string): string | undefined {
  const m = compact(text).match(/由([^，,。；;：:（）()]{3,40}?)(?:负责)?编制/);
  return m && !/^(我|本)/.test(m[1]) ? m[1] : undefined;
}

/** The statistics period (2023年1月1日至…) names the report's year more reliably than the first year in the text. */
export function yearInText(text: string): number | undefined {
  const t = asciiDigits(text);
  const m = t.match(/(20\d{2})\s*年\s*0?1\s*月\s*0?1\s*日/) ?? t.match(/(20\d{2})\s*年/);
  return m ? Number(m[1]) : undefined;
}

/**
 * A government's report for its whole level (due 31 March) is published under
 * the government's name, or the bare place name (贵阳市2023年…, 2022年上海市…).
 */
export function levelOf(unit: string): Level {
  return /(人民政府|政府|[省市县区旗州盟])$/.test(unit) ? 'government' : 'department';
}

/** An agency's name as a 落款 or an opening sentence gives it: 局, 委员会, 办公室, 人民政府 … at the end. */
const AGENCY = /^[\u4e00-\u9fa5（）()]{3,30}(?:局|委员会|委|办公室|办公厅|人民政府|政府|中心|街道办事处|办事处|管委会|管理委员会|厅|院|署|所|队|站|处)$/;
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

/** 落款: an agency's name on a line of its own, with a date on the line after it (or before). */
export function signatureOf(lines: readonly string[]): string | undefined {
  const t = lines.map((l) => compact(asciiDigits(l)));
  for (let i = t.length - 1; i >= 0; i--) {
    if (!AGENCY.test(t[i]) || /^(我|本)/.test(t[i])) continue;
    if (DATE_LINE.test(t[i + 1] ?? '') || DATE_LINE.test(t[i - 1] ?? '')) return t[i];
  }
  return undefined;
}

/** 2024年，XX局坚持…: the agency named at the start of part 一's first sentence. */
export function unitInOpening(sentence: string): string | undefined {
  const m = compact(asciiDigits(sentence)).match(/^\d{4}年(?:度)?[，,]?([\u4e00-\u9fa5（）()]{3,30}?(?:局|委员会|办公室|办公厅|人民政府|中心|街道办事处|管委会))(?:坚持|认真|深入|全面|紧紧|严格|按照|围绕|持续|始终|以|在|着力|聚焦|积极|进一步|切实|高度)/);
  return m && !/^(我|本)/.test(m[1]) ? m[1] : undefined;
}
