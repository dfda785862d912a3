// Word's automatic list numbering (word/numbering.xml): headings such as
// 一、总体情况 or （一）主动公开情况 keep their numeral out of the text when the
// list numbers them. The visible number is rebuilt so the text reads as printed.
// numbering.xml and styles.xml are read with the same walk as the body (no DOCTYPE, bounded).
import { LIST_LEVELS } from './limits';
import { ImportError } from './types';
import { walkXml, walkXmlLeniently } from './xml';

type Level = { format: string; text: string; start: number };

/**
 * A list level as the file writes it (w:ilvl): Word's levels are 0–8, and a
 * missing value is level 0. Anything else is null: the paragraph is unnumbered
 * (the level is never a loop bound or an array length taken from the file).
 */
export function listLevel(val: string | undefined): number | null {
  if (val === undefined) return 0;
  const n = Number(val);
  return Number.isInteger(n) && n >= 0 && n < LIST_LEVELS ? n : null;
}

/** A list's start value (w:start, w:startOverride): Word allows 0–32767; anything else starts at 1. */
function startValue(val: string | undefined): number {
  const n = Number(val);
  return Number.isInteger(n) && n >= 0 && n <= 32767 ? n : 1;
}

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
  let abstract: string | undefined;
  let num: string | undefined;
  let lvl: { i: number; level: Level } | undefined;
  let override: number | undefined;
  try {
    walkXml(xml, {
      open(name, attr) {
        const val = attr('val');
        if (name === 'abstractNum') (abstract = attr('abstractNumId')), abstract && abstracts.set(abstract, []);
        else if (name === 'num') (num = attr('numId')), num && nums.set(num, { abstract: '', restart: new Map() });
        else if (name === 'abstractNumId' && num) nums.get(num)!.abstract = val ?? '';
        else if (name === 'lvlOverride') override = listLevel(attr('ilvl')) ?? undefined;
        else if (name === 'startOverride' && num && override !== undefined) nums.get(num)!.restart.set(override, startValue(val));
        else if (name === 'lvl' && abstract && !num) {
          const i = listLevel(attr('ilvl'));
          lvl = i === null ? undefined : { i, level: { format: 'decimal', text: '', start: 1 } };
        } else if (lvl && name === 'numFmt') lvl.level.format = val ?? 'decimal';
        else if (lvl && name === 'lvlText') lvl.level.text = val ?? '';
        else if (lvl && name === 'start') lvl.level.start = startValue(val);
      },
      close(name) {
        if (name === 'lvl' && lvl && abstract) (abstracts.get(abstract)![lvl.i] = lvl.level), (lvl = undefined);
        else if (name === 'abstractNum') abstract = undefined;
        else if (name === 'num') num = undefined;
        else if (name === 'lvlOverride') override = undefined;
      },
    });
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
      const level = listLevel(String(ilvl)) === ilvl ? levels?.[ilvl] : undefined;
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

/** What styles.xml says that the import needs: the ids of its styles (lower case), and which styles number their paragraphs. */
export interface Styles {
  ids: Set<string>;
  numbering: Map<string, { numId: string; ilvl: number }>;
}

/**
 * Read styles.xml with the XML parser, in one pass (a regular expression over
 * the whole part backtracked quadratically). A style numbers its paragraphs
 * with the first w:numPr in it; a level outside 0–8 numbers nothing. A broken
 * part gives what was read before the break.
 */
export function parseStyles(xml: string): Styles {
  const out: Styles = { ids: new Set(), numbering: new Map() };
  type Open = { id?: string; numPr: 'before' | 'in' | 'after'; numId?: string; ilvl?: number | null };
  const open: Open[] = []; // styles never nest in Word; a hostile file's nesting is still one pass
  walkXmlLeniently(xml, {
    open(name, attr) {
      const style = open[open.length - 1];
      if (name === 'style') {
        const id = attr('styleId');
        if (id !== undefined) out.ids.add(id.toLowerCase());
        open.push({ id, numPr: 'before' });
      } else if (!style) return;
      else if (name === 'numPr' && style.numPr === 'before') style.numPr = 'in';
      else if (style.numPr !== 'in') return;
      else if (name === 'numId' && style.numId === undefined) style.numId = attr('val');
      else if (name === 'ilvl' && style.ilvl === undefined) style.ilvl = listLevel(attr('val'));
    },
    close(name) {
      const style = open[open.length - 1];
      if (name === 'numPr' && style?.numPr === 'in') style.numPr = 'after';
      else if (name === 'style' && style) {
        open.pop();
        const ilvl = style.ilvl === undefined ? 0 : style.ilvl;
        if (style.id && style.numId && /^\d+$/.test(style.numId) && style.numId !== '0' && ilvl !== null) out.numbering.set(style.id, { numId: style.numId, ilvl });
      }
    },
  });
  return out;
}

/** Paragraph styles that number their paragraphs (a 标题 1 linked to a multilevel list): styleId → list and level. */
export function styleNumbering(stylesXml: string): Map<string, { numId: string; ilvl: number }> {
  return parseStyles(stylesXml).numbering;
}
