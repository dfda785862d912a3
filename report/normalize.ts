// Input normalisation: the one function every entry path (typing, pasting,
// importing) uses to turn what a person wrote into a cell value.
import { FEE_DECIMALS, YUAN_DECIMALS } from './format';
import type { Cell } from './report';
import type { CellKind } from './sums';
import { asciiDigits, asciiNumberMarks, compact, dropZeroWidth, hasSpace, trimSpaces } from './text';

// the kinds are defined with the sums; kept here for the modules that import it from normalize
export type { CellKind } from './sums';

export type Normalized = { ok: true; value: Cell } | { ok: false; message: string };

const BLANK_MARKS = new Set(['', '—', '－', '-', '/', '／', '无', '——']);

/** True for the marks published reports use for "nothing here" (read as blank). */
export function isBlankMark(text: string): boolean {
  return BLANK_MARKS.has(text.trim());
}

/** An amount in 元 typed with its unit: 251000元, 75394432.52 元, 2059.2090万元 (converted to 元). */
const UNIT = /^(.*?)\s*(万元|元)$/;

/**
 * Normalise one typed or pasted value. Accepts full-width digits, thousands
 * separators (1,234 / 1，234) and surrounding spaces; a blank stays blank.
 * A signed value keeps its sign (+5174, -3, －3); an amount in 元 may carry its
 * unit, and one written in 万元 is converted to 元 exactly (no binary rounding).
 */
export function normalizeCell(raw: string | number | null | undefined, kind: CellKind = 'count'): Normalized {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === 'number') return checkNumber(raw, String(raw), kind);
  // invisible characters web pages carry: the user sees "12", so it is 12
  let s = trimSpaces(asciiNumberMarks(asciiDigits(dropZeroWidth(raw))));
  if (s === '') return { ok: true, value: null };
  let wan = false;
  if (kind === 'yuan') {
    const m = UNIT.exec(s);
    if (m) {
      if (m[1] === '') return { ok: false, message: `“${raw.trim()}”只有单位，没有金额` };
      s = m[1];
      wan = m[2] === '万元';
    }
  }
  // inner spaces only as thousands grouping (1 234): "3 4" is two values pasted together, not 34
  if (hasSpace(s)) {
    // \s holds the ideographic and the no-break space too
    if (!/^[+-]?\d{1,3}(\s\d{3})+(\.\d+)?$/.test(s)) {
      return { ok: false, message: `“${raw.trim()}”中间有空格，请只填写一个数字` };
    }
    s = compact(s);
  }
  if (/^[+-]?\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/[,，]/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) {
    if (/^[+-]?\d+([,，]\d+)+(\.\d+)?$/.test(s)) {
      return { ok: false, message: `“${raw.trim()}”不是数字：逗号只能作千位分隔符（每三位一个），小数请用小数点` };
    }
    if (kind === 'yuan') return { ok: false, message: `“${raw.trim()}”不是金额，请填写阿拉伯数字，可带单位“元”或“万元”` };
    return { ok: false, message: `“${raw.trim()}”不是数字，请只填写阿拉伯数字` };
  }
  if (wan) {
    // 万元 → 元 by moving the decimal point four places in the text: 2059.2090 → 20592090
    if (decimalsOf(s) > FEE_DECIMALS) return { ok: false, message: `金额（万元）最多保留 ${FEE_DECIMALS} 位小数，${raw.trim()} 的小数位过多` };
    s = shiftPoint(s, 4);
  }
  return checkNumber(Number(s), s, kind);
}

/** The numeral with its decimal point moved `places` to the right, as text (exact). */
function shiftPoint(s: string, places: number): string {
  const sign = /^[+-]/.test(s) ? s[0] : '';
  const [int, frac = ''] = s.replace(/^[+-]/, '').split('.');
  const digits = int + frac.padEnd(places, '0');
  const point = int.length + places;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point);
  return sign + (rest ? `${whole}.${rest}` : whole);
}

function checkNumber(n: number, text: string, kind: CellKind): Normalized {
  if (!Number.isFinite(n)) return { ok: false, message: `“${text}”不是有效的数字` };
  // only 本年增/减 (2019 edition) may fall below 0
  if (kind !== 'signed' && (n < 0 || (n === 0 && text.startsWith('-') && /[1-9]/.test(text)))) {
    return { ok: false, message: `不能填写负数（${text}），件数和金额都应大于或等于 0` };
  }
  if (Math.abs(n) > Number.MAX_SAFE_INTEGER) return { ok: false, message: `数值 ${text} 过大，请核对` };
  if (kind === 'count' || kind === 'signed') {
    if (!Number.isInteger(n)) return { ok: false, message: `${kind === 'signed' ? '增减数' : '件数'}应为整数，不能填写 ${text}` };
    return { ok: true, value: n === 0 ? 0 : n };
  }
  const decimals = decimalsOf(text);
  const [limit, unit] = kind === 'yuan' ? [YUAN_DECIMALS, '元'] : [FEE_DECIMALS, '万元'];
  if (decimals > limit) {
    return { ok: false, message: `金额（${unit}）最多保留 ${limit} 位小数，${text} 的小数位过多` };
  }
  return { ok: true, value: n === 0 ? 0 : n };
}

/** Decimal places of a numeral, also in exponent form (String(0.0000001) is "1e-7"). */
function decimalsOf(text: string): number {
  const m = /^[+-]?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m) return Infinity;
  let fraction = (m[2] ?? '').length;
  while (fraction > 0 && m[2][fraction - 1] === '0') fraction--; // trailing zeros (/0+$/ was quadratic on a run of them)
  return Math.max(0, fraction - Number(m[3] ?? 0));
}
