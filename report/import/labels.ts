// Label matching for imported text: published reports write the official
// labels with stray spaces, half-width brackets and other quote marks, so both
// sides are reduced to one comparable key before they are compared.
import {
  PARTS,
  TABLE2,
  TABLE2_ROWS,
  TABLE3_APPLICANT,
  TABLE3_COLUMNS,
  TABLE3_CORNER,
  TABLE3_GROUPS,
  TABLE3_LEGAL,
  TABLE3_ROWS,
  TABLE3_SECTION3_LABEL,
  TABLE4_GROUPS,
  TABLE4_LITIGATION,
  TABLE4_OUTCOMES,
  TABLE4_REVIEW,
  type PartDef,
} from '../format';
import { compact } from '../text';
import { nearKey } from './near';

/** Comparable form of a label: no whitespace or zero-width marks, one kind of bracket, no quotes, one kind of list dot. */
export function labelKey(text: string): string {
  return compact(text)
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[“”"‘’'「」『』]/g, '')
    .replace(/[〈<]/g, '《')
    .replace(/[〉>]/g, '》')
    .replace(/^[①②③④⑤⑥⑦⑧⑨]/, (c) => `${'①②③④⑤⑥⑦⑧⑨'.indexOf(c) + 1}.`) // ①属于国家秘密
    .replace(/^\((\d+)\)/, '$1.') // (1)属于国家秘密
    .replace(/^(\d+)[.．、，,)）]/, '$1.')
    .replace(/[：:]/g, ':')
    .replace(/[，,]/g, ',');
}

/** The part whose heading this line is, tolerating spaces and 一. / 一， for 一、. */
const HEADING_KEYS = PARTS.map((p) => ({ part: p, full: labelKey(p.heading), bare: labelKey(p.heading).slice(2) }));

export function partOfHeading(line: string): PartDef | undefined {
  if (line.length > 40) return undefined; // headings are short; keeps long texts cheap
  const k = labelKey(line).replace(/^([一二三四五六])[.．,，、]?/, '$1、').replace(/[。.:]$/, '');
  // Word's automatic list numbering keeps 一、 out of the text: accept the bare heading too
  return HEADING_KEYS.find((h) => h.full === k || h.bare === k)?.part ?? looseHeading(k);
}

/**
 * Offices reword the headings (四、因政府信息公开被申请行政复议、提起行政诉讼情况,
 * 五、政府信息公开工作存在的主要问题及改进措施): a numbered short line whose
 * numeral is the part's and which names the part's subject is that part's heading.
 * Table 三's row labels also start with 一、二、三、四、 but name none of these subjects.
 */
const HEADING_SUBJECTS: Record<string, RegExp> = {
  一: /总体|基本情况|概述/,
  二: /主动公开/,
  三: /申请/,
  四: /行政复议|行政诉讼/,
  五: /问题|不足|改进/,
  六: /其他.*(?:事项|情况)/,
};
function looseHeading(k: string): PartDef | undefined {
  const m = k.match(/^([一二三四五六])、(.{2,36})$/);
  if (!m || /[。;；]/.test(m[2]) || !HEADING_SUBJECTS[m[1]].test(m[2])) return undefined;
  return PARTS.find((p) => p.numeral === m[1]);
}

/** A level-2 heading or list item such as （一）… / (一)… / 一是… starts with a numbering. */
export const NUMBERED = /^\s*[（(][一二三四五六七八九十]+[）)]/;

export type Table3Label =
  | { kind: 'row'; key: string; near?: true } // near: matched a label a character or two off
  | { kind: 'group'; key: string } // a group with sub-rows: sets the context of the rows below
  | { kind: 'section3' };

const table3Labels = new Map<string, Table3Label>();
for (const r of TABLE3_ROWS) {
  if (!r.group) table3Labels.set(labelKey(r.label), { kind: 'row', key: r.key });
  else if (r.item) table3Labels.set(labelKey(r.item.label), { kind: 'row', key: r.key });
  else table3Labels.set(labelKey(r.group.label), { kind: 'row', key: r.key });
}
for (const g of TABLE3_GROUPS) if (g.items.length) table3Labels.set(labelKey(g.label), { kind: 'group', key: g.key });
table3Labels.set(labelKey(TABLE3_SECTION3_LABEL), { kind: 'section3' });

/** Drop a trailing parenthetical, e.g. （二）部分公开（区分处理的…） → （二）部分公开. */
const shortForm = (k: string) => k.replace(/\([^()]*\)$/, '');
const table3Short = new Map<string, Table3Label>();
for (const [k, v] of table3Labels) if (shortForm(k) !== k && shortForm(k).length > 3) table3Short.set(shortForm(k), v);

/**
 * What a cell of table 三 names: a row, a group, or section 三's own label.
 * `group` is the group seen last, so an item written without its number (属于国家秘密) still finds its row.
 */
export function table3LabelOf(text: string, group?: string): Table3Label | undefined {
  const k = labelKey(text);
  if (!k) return undefined;
  const hit = table3Labels.get(k) ?? table3Short.get(k) ?? joinedLabel(k);
  if (hit) return hit;
  const bare = k.replace(/^\d+\./, '');
  if (group && bare.length >= 2) {
    const g = TABLE3_GROUPS.find((x) => x.key === group);
    const item = g?.items.find((it) => labelKey(it.label).replace(/^\d+\./, '') === bare);
    if (item) return { kind: 'row', key: item.key };
  }
  // a near miss names a row only, and only when the cell is no header of the table
  const near = /\d/.test(k[0] ?? '') || /^\(/.test(k) || /^[一二三四]、/.test(k) ? nearKey(k, table3Labels.keys()) : undefined;
  const hitNear = near ? table3Labels.get(near) : undefined;
  return hitNear?.kind === 'row' ? { ...hitNear, near: true } : undefined;
}

const SECTION3_KEY = labelKey(TABLE3_SECTION3_LABEL);
const LONGEST_LABEL = Math.max(...[...table3Labels.keys(), ...table3Short.keys()].map((k) => k.length));
const GROUP_KEYS = TABLE3_GROUPS.filter((g) => g.items.length).map((g) => ({ g, key: labelKey(g.label) }));

/**
 * Merged label cells copied as one (三、本年度办理结果（一）予以公开,
 * （三）不予公开1.属于国家秘密): the outer label is only context, the inner one names the row.
 */
function joinedLabel(k: string): Table3Label | undefined {
  // section 三's label repeated: stripped in a loop, looked up only once short enough to be a label
  // (recursing on every copy overflowed the stack on a hostile cell)
  let at = 0;
  while (k.startsWith(SECTION3_KEY, at) && k.length > at + SECTION3_KEY.length) {
    at += SECTION3_KEY.length;
    if (k.length - at > LONGEST_LABEL) continue;
    const rest = k.slice(at);
    const hit = table3Labels.get(rest) ?? table3Short.get(rest);
    if (hit) return hit;
  }
  if (at > 0) k = k.slice(at);
  for (const { g, key } of GROUP_KEYS) {
    if (!k.startsWith(key) || k.length === key.length) continue;
    const rest = k.slice(key.length).replace(/^\d+\./, '');
    const item = g.items.find((it) => labelKey(it.label).replace(/^\d+\./, '') === rest);
    if (item) return { kind: 'row', key: item.key };
  }
  return undefined;
}

// the official label and the other wordings real reports use (规范性文件 for 行政规范性文件)
const table2Labels = new Map(TABLE2_ROWS.flatMap((r) => [r.label, ...(r.aliases ?? [])].map((l) => [labelKey(l), r] as const)));
export function table2RowOf(text: string) {
  if (text.length > 20) return undefined;
  const k = labelKey(text);
  // 规章（县级无此项）: a note after the label
  return table2Labels.get(k) ?? table2Labels.get(k.replace(/\([^()]*\)$/, ''));
}

/** Column headers of the 2019 edition's table 二; a report that has them is in the old format. */
export const OLD_2019_MARKS = ['本年新制作数量', '本年新公开数量', '对外公开总数量'];

/** The legal-person subtotal column some offices add to table 三. */
export const SUBTOTAL_MARK = '小计';

// ---- header cells of the three tables

export const T3_HEADERS = new Set(
  [TABLE3_CORNER, TABLE3_APPLICANT, TABLE3_LEGAL, SUBTOTAL_MARK, ...TABLE3_COLUMNS.map((c) => c.label)].map(labelKey),
);
export const T4_HEADERS = new Set(
  [TABLE4_REVIEW, TABLE4_LITIGATION, ...TABLE4_OUTCOMES, ...TABLE4_GROUPS.map((g) => g.label)].map(labelKey),
);
export const T2_HEADERS = new Set(TABLE2.flatMap((b) => [b.article, ...b.headers]).map(labelKey));

/** A header cell, or several header cells run together (copied without tabs). */
const longestFirst = new Map<Set<string>, string[]>();
export function isHeader(key: string, headers: Set<string>): boolean {
  if (!key) return false;
  if (headers.has(key)) return true;
  let sorted = longestFirst.get(headers);
  if (!sorted) longestFirst.set(headers, (sorted = [...headers].sort((a, b) => b.length - a.length)));
  let rest = key;
  for (const h of sorted) if (rest.includes(h)) rest = rest.split(h).join('');
  return rest === '';
}
