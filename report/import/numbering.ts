// Word's automatic list numbering (word/numbering.xml): headings such as
// 一、总体情况 or （一）主动公开情况 keep their numeral out of the text when the
// list numbers them. The visible number is rebuilt so the text reads as printed.
// numbering.xml is parsed with the same safe parser rules as the body (no DOCTYPE).
import { SaxesParser } from 'saxes';
import { ImportError } from './types';

type Level = { format: string; text: string; start: number };
const local = (name: string) => name.slice(name.indexOf(':') + 1);

const DIGITS = '〇一二三四五六七八九';
/** 1..99 in Chinese counting: 十, 十一, 二十一. */
function chinese(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 100) return `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return String(n);
}
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographDigital':
      return chinese(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'ideographTraditional':
      return TIANGAN[n - 1] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'none':
      return '';
    default:
      return String(n);
  }
}

export interface Numbering {
  /** The number a paragraph of list numId at level ilvl shows; advances the list. Bullets show none. */
  next(numId: string, ilvl: number): string;
}

/** Read numbering.xml; an unreadable one numbers nothing (the text is still read). */
export function parseNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Level[]>();
  const nums = new Map<string, { abstract: string; restart: Map<number, number> }>();
  const parser = new SaxesParser({ position: false });
  let abstract: string | undefined;
  let num: string | undefined;
  let lvl: { i: number; level: Level } | undefined;
  let override: number | undefined;
  parser.on('doctype', () => {
    throw new ImportError('Word 文档里含有 DOCTYPE 声明（可能引用外部实体），出于安全考虑已拒绝导入');
  });
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    const val = Object.entries(tag.attributes).find(([k]) => local(k) === 'val')?.[1] as string | undefined;
    const attr = (a: string) => Object.entries(tag.attributes).find(([k]) => local(k) === a)?.[1] as string | undefined;
    if (name === 'abstractNum') (abstract = attr('abstractNumId')), abstract && abstracts.set(abstract, []);
    else if (name === 'num') (num = attr('numId')), num && nums.set(num, { abstract: '', restart: new Map() });
    else if (name === 'abstractNumId' && num) nums.get(num)!.abstract = val ?? '';
    else if (name === 'lvlOverride') override = Number(attr('ilvl'));
    else if (name === 'startOverride' && num && override !== undefined) nums.get(num)!.restart.set(override, Number(val) || 1);
    else if (name === 'lvl' && abstract && !num) lvl = { i: Number(attr('ilvl')) || 0, level: { format: 'decimal', text: '', start: 1 } };
    else if (lvl && name === 'numFmt') lvl.level.format = val ?? 'decimal';
    else if (lvl && name === 'lvlText') lvl.level.text = val ?? '';
    else if (lvl && name === 'start') lvl.level.start = Number(val) || 1;
  });
  parser.on('closetag', (tag) => {
    const name = local(tag.name);
    if (name === 'lvl' && lvl && abstract) (abstracts.get(abstract)![lvl.i] = lvl.level), (lvl = undefined);
    else if (name === 'abstractNum') abstract = undefined;
    else if (name === 'num') num = undefined;
    else if (name === 'lvlOverride') override = undefined;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof ImportError) throw e;
    return { next: () => '' };
  }
  // lists sharing one abstract definition continue one count, as Word does
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  return {
    next(numId, ilvl) {
      const n = nums.get(numId);
      const levels = n && abstracts.get(n.abstract);
      const level = levels?.[ilvl];
      if (!n || !levels || !level) return '';
      const count = counters.get(n.abstract) ?? [];
      if (!started.has(numId)) {
        started.add(numId);
        for (const [i, s] of n.restart) count[i] = s - 1;
      }
      for (let i = 0; i < ilvl; i++) count[i] ??= (levels[i]?.start ?? 1);
      count[ilvl] = (count[ilvl] ?? (level.start - 1)) + 1;
      count.length = ilvl + 1; // deeper levels start again
      counters.set(n.abstract, count);
      if (level.format === 'bullet') return '';
      return level.text.replace(/%(\d)/g, (_, d) => {
        const i = Number(d) - 1;
        return formatNumber(count[i] ?? levels[i]?.start ?? 1, levels[i]?.format ?? 'decimal');
      });
    },
  };
}

/** Paragraph styles that number their paragraphs (a 标题 1 linked to a multilevel list): styleId → list and level. */
export function styleNumbering(stylesXml: string): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  for (const m of stylesXml.matchAll(/<w:style\b[^>]*?w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = m[2].match(/<w:numPr>([\s\S]*?)<\/w:numPr>/)?.[1];
    const numId = numPr?.match(/<w:numId w:val="(\d+)"/)?.[1];
    if (numId && numId !== '0') out.set(m[1], { numId, ilvl: Number(numPr!.match(/<w:ilvl w:val="(\d+)"/)?.[1] ?? 0) });
  }
  return out;
}
