// Test helpers for the importers: a seeded generator of random reports, and
// the text a person gets when copying a report out of a web page.
import {
  TABLE2,
  TABLE3_COLUMNS,
  TABLE3_CORNER,
  TABLE3_APPLICANT,
  TABLE3_LEGAL,
  TABLE3_NATURAL,
  TABLE3_ROWS,
  TABLE3_SECTION3_LABEL,
  TABLE3_TOTAL_LABEL,
  TABLE4_GROUPS,
  TABLE4_LITIGATION,
  TABLE4_OUTCOMES,
  TABLE4_REVIEW,
  PARTS,
  defaultTitle,
} from '../../../../report/format';
import { blankReport, type Cell, type Report, type Report2021, type Row7, type Triple } from '../../../../report/report';

export { mulberry32 } from '../../../fixtures/random';
import { mulberry32 } from '../../../fixtures/random';

const UNITS = ['中卫市应急管理局', '某某县人民政府', '银川市兴庆区教育局', '某某市人民政府', '石嘴山市自然资源局'];
const PHRASES = [
  '坚持以习近平新时代中国特色社会主义思想为指导',
  '全面贯彻《中华人民共和国政府信息公开条例》',
  '在门户网站及时发布有关政府信息',
  '严格执行政府信息公开审核发布机制',
  '全年主动公开信息 120 条',
  '“三审三校”制度落实到位',
  '政策解读形式较为单一',
  '进一步加强政府信息公开工作力量',
];
const HEADINGS = ['（一）主动公开情况', '（二）依申请公开情况', '（三）政府信息管理情况', '（四）平台建设情况', '（五）监督保障情况'];

export function randomText(rng: () => number, paragraphs: number, headings: boolean): string {
  const lines: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (headings && rng() < 0.4) lines.push(HEADINGS[Math.floor(rng() * HEADINGS.length)]);
    const n = 1 + Math.floor(rng() * 4);
    const sentences = Array.from({ length: n }, () => PHRASES[Math.floor(rng() * PHRASES.length)]);
    lines.push(sentences.join('，') + '。');
  }
  return lines.join('\n');
}

function randomCount(rng: () => number): Cell {
  const x = rng();
  if (x < 0.15) return null;
  if (x < 0.45) return 0;
  if (x < 0.9) return Math.floor(rng() * 50);
  return Math.floor(rng() * 1_000_000);
}

export function randomReport(seed: number): Report2021 {
  const rng = mulberry32(seed);
  const unit = UNITS[Math.floor(rng() * UNITS.length)];
  const year = 2019 + Math.floor(rng() * 10);
  const r = blankReport(unit, year, unit.endsWith('人民政府') ? 'government' : 'department');
  r.title = defaultTitle(unit, year);
  r.preamble = rng() < 0.8 ? randomText(rng, 1, false) : '';
  r.parts = {
    overview: randomText(rng, 1 + Math.floor(rng() * 6), true),
    problems: rng() < 0.9 ? randomText(rng, 1 + Math.floor(rng() * 3), false) : '',
    other: randomText(rng, 1 + Math.floor(rng() * 3), true),
  };
  r.closing = rng() < 0.7 ? `本报告电子版可从${unit}门户网站查阅或下载。` : '';
  r.table2.rules = [randomCount(rng), randomCount(rng), randomCount(rng)] as Triple;
  r.table2.normativeDocuments = [randomCount(rng), randomCount(rng), randomCount(rng)] as Triple;
  r.table2.licensing = randomCount(rng);
  r.table2.penalty = randomCount(rng);
  r.table2.coercion = randomCount(rng);
  const fee = rng();
  r.table2.feesWanYuan = fee < 0.15 ? null : fee < 0.4 ? 0 : Math.round(rng() * 1_000_000) / 10_000;
  for (const row of TABLE3_ROWS) r.table3[row.key] = Array.from({ length: 7 }, () => randomCount(rng)) as Row7;
  for (const g of TABLE4_GROUPS) r.table4[g.key] = Array.from({ length: 5 }, () => randomCount(rng)) as Report['table4'][typeof g.key];
  return r;
}

export interface TextOptions {
  /** add the 法人或其他组织 小计 column to table 三 */
  subtotal?: boolean;
  /** write （一） as (一) in table 三 */
  halfWidth?: boolean;
  /** how a blank cell is written */
  blank?: string;
}

/** The report as text copied out of a published web page: tab-separated rows, one paragraph per line. */
export function reportToText(r: Report, o: TextOptions = {}): string {
  const v = (c: Cell) => (c === null ? (o.blank ?? '') : String(c));
  const br = (s: string) => (o.halfWidth ? s.replace(/（/g, '(').replace(/）/g, ')') : s);
  const out: string[] = [r.title ?? defaultTitle(r.unit, r.year), ''];
  if (r.preamble) out.push(r.preamble, '');
  for (const p of PARTS) {
    out.push(p.heading, '');
    if (p.key === 'overview' || p.key === 'problems' || p.key === 'other') {
      for (const line of r.parts[p.key].split('\n').filter(Boolean)) out.push(line, '');
    } else if (p.key === 'table2') {
      for (const b of TABLE2) {
        out.push(b.article + '\t\t\t', b.headers.join('\t'));
        for (const row of b.rows) {
          const val = (r.table2 as Record<string, Cell | Cell[]>)[row.key];
          out.push([row.label, ...(Array.isArray(val) ? val.map(v) : [v(val)])].join('\t'));
        }
      }
    } else if (p.key === 'table3') {
      const orgs = TABLE3_COLUMNS.slice(1, 6).map((c) => c.label);
      out.push(`${TABLE3_CORNER}\t\t\t${TABLE3_APPLICANT}`);
      out.push(`\t\t\t${TABLE3_NATURAL}\t${TABLE3_LEGAL}${'\t'.repeat(o.subtotal ? 6 : 5)}${TABLE3_TOTAL_LABEL}`);
      out.push(`\t\t\t\t${o.subtotal ? '小计\t' : ''}${orgs.join('\t')}`);
      for (const row of TABLE3_ROWS) {
        const vals = r.table3[row.key].map(v);
        if (o.subtotal) {
          const orgVals = r.table3[row.key].slice(1, 6);
          const sub = orgVals.some((x) => x === null) ? '' : String(orgVals.reduce<number>((s, x) => s + (x as number), 0));
          vals.splice(1, 0, sub);
        }
        const labels = !row.group
          ? [row.label, '', '']
          : row.item
            ? ['', row.group.items[0].key === row.key ? br(row.group.label) : '', row.item.label]
            : [row.key === '3.1' ? TABLE3_SECTION3_LABEL : '', br(row.group.label), ''];
        out.push([...labels, ...vals].join('\t'));
      }
    } else {
      out.push(`${TABLE4_REVIEW}\t\t\t\t\t${TABLE4_LITIGATION}`);
      out.push([...TABLE4_OUTCOMES, ...TABLE4_GROUPS.slice(1).map((g) => g.label + '\t\t\t\t')].join('\t'));
      out.push(['', '', '', '', '', ...TABLE4_OUTCOMES, ...TABLE4_OUTCOMES].join('\t'));
      out.push(TABLE4_GROUPS.flatMap((g) => r.table4[g.key].map(v)).join('\t'));
    }
    out.push('');
  }
  if (r.closing) out.push(r.closing);
  return out.join('\n');
}

const KEYS = ['unit', 'year', 'level', 'title', 'preamble', 'parts', 'closing', 'table2', 'table3', 'table4'] as const;
/** What an import must get right: every field a reader fills (not the app's own bookkeeping). */
export const pick = (r: Report) => Object.fromEntries(KEYS.map((k) => [k, r[k]]));
