// Which unit of the structure a name on a file means. Offices write the same
// unit three ways (中卫市应急管理局, 市应急管理局, 应急管理局); the structure says
// which region a name may leave out. A match is "sure" only when exactly one
// unit fits; two fitting units, or a name one character off, must be asked.
import { compact, dropZeroWidth } from '../text';

export interface NamedUnit {
  id: string;
  name: string;
  /** former names (a 机构改革 renamed it) and short forms the office knows */
  aliases?: readonly string[];
}

export type UnitMatch =
  | { kind: 'sure'; id: string; how: string }
  | { kind: 'unsure'; candidates: string[]; why: string }
  | { kind: 'none' };

/** Names longer than this are no unit's name (the edit distance stays cheap). */
const MAX_NAME = 100;

/** Level words a region's name ends with, longest first. */
const LEVEL_WORDS = ['自治州', '自治县', '自治旗', '街道', '地区', '新区', '市', '县', '区', '旗', '州', '盟', '乡', '镇'];

/** A name as written, without the marks that do not make it another name. */
export function normaliseName(s: string): string {
  return compact(dropZeroWidth(s.slice(0, MAX_NAME * 2)))
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) // full-width ASCII
    .replace(/[“”"'‘’]/g, '')
    .slice(0, MAX_NAME);
}

/** The same office called two ways: 人民政府 / 政府, 办公室 / 办 at the end. */
function canonical(s: string): string {
  return s.replace(/人民政府/g, '政府').replace(/办公室$/, '办');
}

/** The ways a name may stand for a unit of `region`: as written, and without the region's prefix. */
function keysOf(name: string, region?: string): string[] {
  const n = normaliseName(name);
  const keys = new Set([n]);
  if (region) {
    const r = normaliseName(region);
    const level = LEVEL_WORDS.find((w) => r.endsWith(w) && r.length > w.length);
    const stem = level ? r.slice(0, -level.length) : '';
    for (const prefix of [r, stem, level ?? '']) {
      if (prefix && n.startsWith(prefix) && n.length > prefix.length) keys.add(n.slice(prefix.length));
    }
  }
  const out = new Set<string>();
  for (const k of keys) {
    const c = canonical(k);
    out.add(c);
    // a township's report may be signed 宣和镇 or 宣和镇人民政府
    if (c.endsWith('政府') && c.length > 2 + 1) out.add(c.slice(0, -2));
  }
  return [...out];
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

const namesOf = (u: NamedUnit) => [u.name, ...(u.aliases ?? [])];

/**
 * The unit a name means. `region` is the government's region (中卫市): a name may
 * leave it out, or keep only its level word (市应急管理局).
 */
export function matchUnit(name: string, units: readonly NamedUnit[], region?: string): UnitMatch {
  const n = normaliseName(name);
  if (!n) return { kind: 'none' };
  // 1. the name as written (or a known alias)
  const exact = units.filter((u) => namesOf(u).some((x) => normaliseName(x) === n));
  if (exact.length === 1) return { kind: 'sure', id: exact[0].id, how: `名称与“${exact[0].name}”相同` };
  if (exact.length > 1) return unsure(exact, `有 ${exact.length} 个单位名称都是“${n}”`);
  // 2. the same name once the region and the usual short forms are set aside
  const keys = keysOf(n, region);
  const unitKeys = units.map((u) => new Set(namesOf(u).flatMap((x) => keysOf(x, region))));
  const fitting = units.filter((_, i) => keys.some((k) => unitKeys[i].has(k)));
  if (fitting.length === 1)
    return { kind: 'sure', id: fitting[0].id, how: `按组织结构，“${n}”即“${fitting[0].name}”（${region ? `可省略“${region}”、` : ''}“人民政府”可写作“政府”，“办公室”可写作“办”）` };
  if (fitting.length > 1) return unsure(fitting, `“${n}”可能是 ${fitting.map((u) => `“${u.name}”`).join('、')} 中的任何一个`);
  // 3. one character off: probably a typing slip, perhaps another unit — ask
  const near = units.filter((_, i) => keys.some((k) => k.length >= 2 && [...unitKeys[i]].some((uk) => distance(k, uk, 1) <= 1)));
  if (near.length) return unsure(near, `“${n}”与 ${near.map((u) => `“${u.name}”`).join('、')} 只差一个字，请确认`);
  return { kind: 'none' };
}

function unsure(units: readonly NamedUnit[], why: string): UnitMatch {
  return { kind: 'unsure', candidates: units.map((u) => u.id), why };
}

const REPORT_WORDS = ['政府信息公开工作年度报告', '政府信息公开年度报告', '政务公开工作年度报告', '信息公开年度报告', '年度报告', '年报', '交换文件', '定稿', '草稿', '终稿'];

/**
 * The unit's name in a file name as offices send them: 中卫市应急管理局2023年政府信息公开工作年度报告.docx,
 * 2023年度-市应急管理局-年报.json. Undefined when nothing of a name is left.
 */
export function unitNameFromFile(fileName: string): string | undefined {
  let s = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).slice(0, MAX_NAME * 2);
  s = s.replace(/\.[A-Za-z0-9]{1,8}$/, '');
  s = normaliseName(s);
  s = s.replace(/[（(【\[][^）)】\]]{0,20}[）)】\]]/g, ''); // (1), （定稿）, [副本]
  s = s.replace(/(?:19|20)\d{2}(?:年度|年)?/g, '');
  for (const w of REPORT_WORDS) s = s.split(w).join('');
  s = s.replace(/^[-_.·、，,\s]+|[-_.·、，,\s]+$/g, '').replace(/[-_.·、，,]+/g, '');
  s = s.replace(/^(?:度|年)/, '');
  return s ? s : undefined;
}
