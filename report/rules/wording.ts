// The text itself (issue 14 §4–§7): a year left from last year's draft, words typed
// twice, half-width or unbalanced punctuation, part headings typed inside a part.
// Read from the three narrative parts only, judged together and remembered until a
// text changes (textMemo.ts); each rule is linear in the text's length.
import { partDef, type NarrativeKey } from '../format';
import type { Report } from '../report';
import { asciiDigits, compactKeepLines } from '../text';
import { FORMAT_NOTICE } from './help';
import { NARRATIVE_KEYS } from './narrativeKeys';
import { badHeadings } from './headings';
import { memoByParts } from './textMemo';
import { severityOf, type Finding, type Rule, type RuleContext } from './types';

type WordingId = 'text.doubled' | 'text.punctuation' | 'structure.headings';
type Judged = Record<WordingId, { part: NarrativeKey; message: string }[]>;
const heading = (k: NarrativeKey) => partDef(k).heading;
const QUOTE = 12;
/** how many places one finding lists */
const LIST_MAX = 5;
/** the words around a place, within its line */
function around(t: string, i: number, n: number): string {
  const start = Math.max(t.lastIndexOf('\n', i) + 1, i - QUOTE);
  const lineEnd = t.indexOf('\n', i + n);
  return t.slice(start, Math.min(lineEnd < 0 ? t.length : lineEnd, i + n + QUOTE));
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
// a function word twice is a slip (的的, but not 的的确确); other single characters double legitimately (常常, 等等)
const WORD_TWICE = '和在对与及并将把被于向从由的';

/** Each place where 2–8 Chinese characters (or a function word) stand twice in a row: [start, the characters]. */
export function doubledAt(t: string): [number, string][] {
  const out: [number, string][] = [];
  const n = t.length;
  // a character loop, not /([\u4e00-\u9fff]{2,8})\1/: the regex tries every length at every place
  for (let i = 0; i < n - 1; i++) {
    const c = t.charCodeAt(i);
    if (!isHan(c)) continue;
    if (c === t.charCodeAt(i + 1) && WORD_TWICE.includes(t[i]) && !(t[i] === '的' && t[i + 2] === '确')) {
      out.push([i, t[i]]);
      i += 1;
      continue;
    }
    for (let k = Math.min(8, (n - i) >> 1); k >= 2; k--) {
      if (t.charCodeAt(i + k) !== c) continue;
      let j = 1;
      while (j < k && t.charCodeAt(i + j) === t.charCodeAt(i + k + j) && isHan(t.charCodeAt(i + j))) j++;
      if (j === k) {
        out.push([i, t.slice(i, i + k)]);
        i += 2 * k - 1;
        break;
      }
    }
  }
  return out;
}
// a half-width mark with a Chinese character or full-width mark beside it (not "http://", "1.5", "9:00")
const CJK = String.raw`\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e“”‘’《》〈〉【】`;
const HALF_WIDTH = new RegExp(String.raw`(?<=[${CJK}])[,:;()?!"]|[,:;()?!"](?=[${CJK}])`, 'g');
const OPEN = '（(《〈【[“‘〔「';
const CLOSE = '）)》〉】]”’〕」';
// ( and （ pair with either closing bracket: the mixture is the half-width finding's business
const family = (ch: string) => '（('.includes(ch) ? '（' : '）)'.includes(ch) ? '）' : ch;

/** The first bracket or quote of a paragraph left open or closed without opening, with its place. */
export function unbalanced(paragraph: string): { mark: string; at: number; open: boolean } | undefined {
  const stack: { ch: string; at: number }[] = [];
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    if (OPEN.includes(ch)) {
      stack.push({ ch, at: i });
      continue;
    }
    if (!CLOSE.includes(ch)) continue;
    const top = stack.pop();
    if (!top) return { mark: ch, at: i, open: false };
    if (!sameFamily(top.ch, ch)) return { mark: top.ch, at: top.at, open: true };
  }
  const left = stack[0];
  return left && { mark: left.ch, at: left.at, open: true };
}
function sameFamily(open: string, close: string): boolean {
  return family(CLOSE[OPEN.indexOf(open)]) === family(close);
}
const partner = (mark: string, open: boolean) => (open ? CLOSE[OPEN.indexOf(mark)] : OPEN[CLOSE.indexOf(mark)]);

function judge(parts: Report['parts']): Judged {
  const out: Judged = { 'text.doubled': [], 'text.punctuation': [], 'structure.headings': [] };
  for (const part of NARRATIVE_KEYS) {
    const t = compactKeepLines(asciiDigits(parts?.[part] ?? ''));
    if (t === '') continue;
    // one finding per part (a finding's place is its rule and part), naming every place
    const twice = doubledAt(t);
    if (twice.length) {
      const shown = twice.slice(0, LIST_MAX).map(([at, once]) => `“${around(t, at, 2 * once.length)}”把“${once}”连写了两遍`);
      const more = twice.length > LIST_MAX ? `等 ${twice.length} 处` : '';
      out['text.doubled'].push({ part, message: `“${heading(part)}”中${shown.join('，')}${more}；请删去重复的字` });
    }
    // half-width marks and the first unbalanced pair: one finding per part, saying both
    const said: string[] = [];
    const half = t.match(HALF_WIDTH);
    if (half) {
      HALF_WIDTH.lastIndex = 0;
      const first = HALF_WIDTH.exec(t)!;
      const marks = [...new Set(half)].join(' ');
      said.push(`中文句子中有 ${half.length} 处半角标点（${marks}），如“${around(t, first.index, 1)}”，请改为相应的全角标点`);
    }
    for (const paragraph of t.split('\n')) {
      const u = unbalanced(paragraph);
      if (u) {
        const what = u.open ? `“${u.mark}”没有对应的“${partner(u.mark, true)}”` : `“${u.mark}”前面没有对应的“${partner(u.mark, false)}”`;
        said.push(`“${around(paragraph, u.at, 1)}”处的${what}，请补全或删去`);
        break; // the first only: a missing mark throws every later pair off
      }
    }
    if (said.length) out['text.punctuation'].push({ part, message: `“${heading(part)}”${said.join('；')}` });
    const bad = badHeadings(part, t);
    if (bad.length) out['structure.headings'].push({ part, message: bad.join('；') });
  }
  return out;
}

const byParts = memoByParts(judge);
function findingsOf(rule: Rule<WordingId>, ctx: RuleContext): Finding[] {
  const severity = severityOf(rule, ctx);
  return byParts(ctx.report)[rule.id].map((f) => ({ rule: rule.id, severity, part: f.part, message: f.message }));
}

export const doubled: Rule<'text.doubled'> = {
  id: 'text.doubled',
  name: '文字重复',
  severity: 'warning',
  needs: {},
  help:
    '检查正文（第一、五、六部分）中同样的 2 至 8 个字紧挨着写了两遍（如“资金资金”“政府信息公开政府信息公开”），' +
    '以及“的的”“和和”等虚词连写。这多半是修改时漏删，发布前应改正；“的的确确”“等等”等正常叠词不提示。每处重复提示一次。' +
    '依据：公开发布的年报是机关的正式公文，文字应准确无误。',
  check: (ctx) => findingsOf(doubled, ctx),
};

export const punctuation: Rule<'text.punctuation'> = {
  id: 'text.punctuation',
  name: '标点不规范',
  severity: 'warning',
  needs: {},
  help:
    '检查正文（第一、五、六部分）的标点：中文句子中的逗号、冒号、分号、括号、问号、叹号和引号应使用全角标点（，：；（）？！“”），' +
    '从网页或英文输入法带来的半角标点（, : ; ( ) " 等）每部分提示一次并给出处数；网址、数字中的半角符号（如 http://、1.5）不提示。' +
    '同时检查括号、书名号和引号是否成对（如有“《”而没有“》”），每部分提示第一处。依据：GB/T 15834《标点符号用法》及公文格式规范。',
  check: (ctx) => findingsOf(punctuation, ctx),
};

export const headings: Rule<'structure.headings'> = {
  id: 'structure.headings',
  name: '标题序号不规范',
  severity: 'warning',
  needs: {},
  help:
    `年报由六个部分组成，部分标题及序号按年报格式固定为“一、总体情况”至“六、其他需要报告的事项”（由本程序生成）。` +
    '本规则检查各部分正文中自行输入的标题行：其他部分的标题（如在总体情况中写了“二、主动公开政府信息情况”，多为粘贴全文所致）、' +
    '序号整体错位的部分标题（如“一、主动公开政府信息情况”）、总体情况的五个方面用了部分一级序号（应为“（一）主动公开情况”等），' +
    `以及部分内重新从“一、”开始的小标题（部分内的小标题应使用“（一）”“（二）”）。依据：${FORMAT_NOTICE}规定的六个部分及其顺序。`,
  check: (ctx) => findingsOf(headings, ctx),
};
