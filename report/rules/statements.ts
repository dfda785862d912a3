// Explicit figures in the narrative that name one place of the tables
// (official-format.md section 6, "How the two text rules measure"). What cannot
// be tied to a place is skipped, never guessed; approximate figures (余/多/近/约…)
// are skipped too.
import type { NarrativeKey } from '../format';
import { asciiDigits, chineseNumeral, compactKeepLines } from '../text';
import { NARRATIVE_KEYS } from './narrativeKeys';

export type Subject =
  | 'received'
  /** 收到…N件（含上年结转M件）: rows 一 and 二 together */
  | 'receivedTotal'
  | 'carriedIn'
  /** 答复/办结…N件: （七）总计 */
  | 'answered'
  /** 结转下年度N件; 所有申请均已办结 as 0 */
  | 'carriedOut'
  | 'review'
  | 'litigation'
  | 'licensing'
  | 'penalty'
  | 'normative'
  /** 现行有效…N件: table 二's 现行有效件数 */
  | 'normativeInForce'
  | 'rulesInForce';

export interface Statement {
  part: NarrativeKey;
  subject: Subject;
  stated: number;
  /** the words as written (whitespace dropped), for the message */
  quote: string;
  /** the nearest year written before the figure in its sentence (e.g. 2022年), if any */
  year?: number;
}

// a figure: optional lead word, digits or Chinese numerals (not 数十/几十, not 一起 "together"),
// optional 余/多, unit, optional 左右/以上
const CN = '零〇一二两三四五六七八九十百千万';
const NUM = String.raw`(?:为|共|共计|总计|合计|达)?(约|近|逾|超过|大约|将近|不足|不到)?(\d+|(?<![数几若干${CN}])(?!一起)[${CN}]+)(余|多)?(?:件|起|份)(左右|以上|以下|上下)?`;
const AMOUNT = String.raw`(?:数量|件数|数)?`;
// between 收到 and 申请 only words about information-disclosure applications
const GAP_FOREIGN = /复议|诉讼|信访|投诉|举报|建议|提案|许可|审批|热线|诉求/;

interface Pattern {
  re: RegExp;
  subject: Subject | ((m: RegExpExecArray, sentence: string) => Subject[]);
  negative?: boolean;
  /** index of a group that must be empty or about information disclosure */
  gap?: number;
  /** index of the first group of NUM (default 1) */
  figureAt?: number;
  /**
   * its sentence must be about applications (names 申请, its clause no 复议/热线…);
   * 'all': a claim about all applications, so a sentence naming 结转 is not one
   */
  about?: 'applications' | 'all';
}

/** 现行有效…N件 names its kind, or the kind is the one its sentence names (never both). */
function inForceOf(m: RegExpExecArray, sentence: string): Subject[] {
  const rules = sentence.includes('规章');
  const kind = m[1] ?? (rules === sentence.includes('规范性文件') ? '' : rules ? '规章' : '规范性文件');
  return kind === '' ? [] : [kind === '规章' ? 'rulesInForce' : 'normativeInForce'];
}

const PATTERNS: Pattern[] = [
  { re: new RegExp(String.raw`(?:收到|新收)([^。；！？;!?，,：:\n]{0,12}?)申请${AMOUNT}${NUM}`, 'g'), subject: 'received', gap: 1, figureAt: 2 },
  { re: /(?:未|没有|没)(?:收到|接到|新收)([^。；！？;!?，,\n]{0,15}?)申请/g, subject: 'received', negative: true, gap: 1 },
  { re: new RegExp(String.raw`受理([^。；！？;!?，,：:\n]{0,12}?)申请${AMOUNT}${NUM}`, 'g'), subject: 'received', gap: 1, figureAt: 2 },
  { re: new RegExp(String.raw`(?:答复|办结|办理完毕)(?:了)?([^。；！？;!?，,：:\n]{0,12}?)(?:申请)?${AMOUNT}${NUM}`, 'g'), subject: 'answered', gap: 1, figureAt: 2, about: 'applications' },
  { re: new RegExp(String.raw`结转(?:至|到)?下一?年度?(?:继续办理|办理)?(?:的)?(?:申请)?${AMOUNT}${NUM}`, 'g'), subject: 'carriedOut', about: 'applications' },
  { re: new RegExp(String.raw`${NUM}(?:申请)?(?:依法|需)?结转(?:至|到)?下一?年`, 'g'), subject: 'carriedOut', about: 'applications' },
  {
    // 所有申请均已办结 / 均按期答复: nothing carried over (a sentence naming 结转 is not this)
    re: /(?:所有|全部|均已|均|都|已全部)(?:申请)?(?:已|在[^。；;，,]{0,8}内|已在[^。；;，,]{0,8}内)?(?:按期|按时|依法|及时)?(?:予以)?(?:完成)?(?:办结|答复|办理完毕)/g,
    subject: 'carriedOut',
    negative: true,
    about: 'all',
  },
  { re: new RegExp(String.raw`现行有效(?:的)?(行政规范性文件|规范性文件|规章)?${AMOUNT}${NUM}`, 'g'), subject: (m, sentence) => inForceOf(m, sentence), figureAt: 2 },
  { re: new RegExp(String.raw`上年度?结转(?:的)?(?:政府信息公开)?(?:申请)?${AMOUNT}${NUM}`, 'g'), subject: 'carriedIn' },
  { re: new RegExp(String.raw`行政复议(?:案件|申请)?${AMOUNT}${NUM}`, 'g'), subject: 'review' },
  { re: new RegExp(String.raw`行政诉讼(?:案件)?${AMOUNT}${NUM}`, 'g'), subject: 'litigation' },
  { re: new RegExp(String.raw`行政许可(?:决定|案件)?${AMOUNT}${NUM}`, 'g'), subject: 'licensing' },
  { re: new RegExp(String.raw`行政处罚(?:决定|案件)?${AMOUNT}${NUM}`, 'g'), subject: 'penalty' },
  { re: new RegExp(String.raw`(?:制发|印发)(?:了)?([^。；！？;!?，,\n解废]{0,8}?)(?:行政)?规范性文件${AMOUNT}${NUM}`, 'g'), subject: 'normative', figureAt: 2 },
  {
    // 未发生/不存在…行政复议(和行政诉讼)(情况): the noun must end the clause, so
    // "不存在行政复议被纠错的情况" (no review was corrected) is not read as "no review"
    // 未因…被申请行政复议或提起行政诉讼: the second noun may carry its own verb
    re: /(?:(?<=^|[。；！？;!?，,\n])无|未发生|不存在|没有发生|没有|未出现|未有|未被提起|未收到|未涉及|未因)([^。；！？;!?，,\n]{0,20}?)(行政复议|行政诉讼)(?:(?:和|及|与|、|或|以及)(?:被申请|被提起|提起|申请)?(行政复议|行政诉讼))?(?:案件|情况|的情况|事项|申请|案例)?(?=[。；！？;!?，,\n]|$)/g,
    subject: (m) => [m[2], m[3]].filter(Boolean).map((w) => (w === '行政复议' ? 'review' : 'litigation')),
    negative: true,
  },
];

/** Full-width digits to ASCII, whitespace (not line breaks) and zero-width marks dropped, thousands separators removed. */
function plainText(text: string): string {
  return compactKeepLines(asciiDigits(text)).replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1');
}

function figureOf(m: RegExpExecArray, firstFigureGroup: number): number | undefined {
  const [lead, digits, approx, after] = m.slice(firstFigureGroup, firstFigureGroup + 4);
  if (lead || approx || after) return undefined;
  return /^\d+$/.test(digits) ? Number(digits) : chineseNumeral(digits);
}

/** The sentence holding a match (from the last 。；！？ before it to the next). */
function sentenceOf(t: string, from: number, to: number): string {
  let a = from;
  while (a > 0 && !'。；！？;!?\n'.includes(t[a - 1])) a--;
  let b = to;
  while (b < t.length && !'。；！？;!?\n'.includes(t[b])) b++;
  return t.slice(a, b);
}

const QUOTE_MAX = 60;

/** The clause holding a match, so the author finds the words in the text. */
function sentenceAround(t: string, from: number, to: number): string {
  let a = from;
  while (a > 0 && !'。；！？;!?，,\n'.includes(t[a - 1]) && from - a < QUOTE_MAX) a--;
  let b = to;
  while (b < t.length && !'。；！？;!?，,\n'.includes(t[b]) && b - to < QUOTE_MAX) b++;
  return t.slice(a, b);
}

/** The clause before a match, and the last year named earlier in its sentence. */
function clauseBefore(t: string, at: number): { clause: string; year?: number } {
  let a = at;
  while (a > 0 && !'。；！？;!?\n'.includes(t[a - 1])) a--;
  const sentence = t.slice(a, at);
  const clause = sentence.slice(Math.max(sentence.lastIndexOf('，'), sentence.lastIndexOf(',')) + 1);
  const years = sentence.match(/(?<!\d)(?:19|20)\d{2}(?=年)/g);
  return { clause, year: years ? Number(years[years.length - 1]) : undefined };
}

export function statementsIn(part: NarrativeKey, text: string): Statement[] {
  const t = plainText(text);
  const out: Statement[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(t); m; m = p.re.exec(t)) {
      if (p.gap !== undefined) {
        const gap = m[p.gap] ?? '';
        if (gap !== '' && (!gap.includes('公开') || GAP_FOREIGN.test(gap))) continue;
      }
      const sentence = sentenceOf(t, m.index, m.index + m[0].length);
      if (p.about) {
        if (!sentence.includes('申请') || GAP_FOREIGN.test(sentenceOf(t, m.index, m.index))) continue;
        if (p.about === 'all' && (sentence.includes('结转'))) continue;
      }
      let stated = 0;
      let subject: Subject | undefined;
      if (!p.negative) {
        // a positive figure right after a negation ("未收到申请") is the negative pattern's business
        if (/(?:未|没有?|无)$/.test(t.slice(Math.max(0, m.index - 2), m.index))) continue;
        // "申请12件（含上年结转2件）" / "申请12件，其中上年结转2件" counts two rows together: no single place
        if (p.subject === 'received' && /^[（(，,]?(?:其中|含|包括|包含)+[^。；;]{0,8}结转/.test(t.slice(m.index + m[0].length))) subject = 'receivedTotal';
        const n = figureOf(m, p.figureAt ?? 1);
        if (n === undefined) continue;
        stated = n;
      }
      const subjects = subject ? [subject] : typeof p.subject === 'function' ? p.subject(m, sentence) : [p.subject];
      const before = clauseBefore(t, m.index);
      // "上年收到申请8件" is about last year's table, not this one
      if (/上年|去年|上一年/.test(before.clause)) continue;
      const quote = sentenceAround(t, m.index, m.index + m[0].length);
      for (const subject of subjects) out.push({ part, subject, stated, quote, year: before.year });
    }
  }
  return out;
}

export function statementsOf(parts: Record<NarrativeKey, string>): Statement[] {
  return NARRATIVE_KEYS.flatMap((k) => statementsIn(k, parts[k] ?? ''));
}
