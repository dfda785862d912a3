// The office's two sheets for paper: the 审核单 (the board of a year, for the
// leader's signature) and the 审核意见单 (the comments on one unit's report).
// Plain documents through the docx library, in the fonts of the report's exporter.
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { FONT_SETS, type FontFamilySet } from '../../report/docx/styles';
import { cellName, partDef, type CellAddress } from '../../report/format';
import type { CommentPlace } from '../../report/exchange';
import { wellFormed } from '../../report/text';
import { UNIT_KIND_LABELS } from '../contract-office';
import type { BoardRow } from '../archive/board';

const STATUS: Record<string, string> = { draft: '草稿', final: '定稿', published: '已发布' };

function run(text: string, opts: { bold?: boolean; size?: number; font: string }): TextRun {
  return new TextRun({ text: wellFormed(text), bold: opts.bold, size: opts.size ?? 24, font: { eastAsia: opts.font, ascii: 'Times New Roman', hAnsi: 'Times New Roman' } });
}
const para = (text: string, font: string, o: { bold?: boolean; size?: number; center?: boolean } = {}) =>
  new Paragraph({ alignment: o.center ? AlignmentType.CENTER : undefined, spacing: { after: 120 }, children: [run(text, { ...o, font })] });

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
function table(header: string[], rows: string[][], font: string): Table {
  const cell = (t: string, bold = false) =>
    new TableCell({ borders: { top: border, bottom: border, left: border, right: border }, children: [new Paragraph({ children: [run(t, { font, bold, size: 21 })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((t) => cell(t)) }))],
  });
}

async function pack(children: (Paragraph | Table)[], title: string, creator: string): Promise<Uint8Array> {
  const doc = new Document({ title, creator, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const dateOf = (iso: string | null) => (iso ? `${new Date(iso).getMonth() + 1}月${new Date(iso).getDate()}日` : '');

/** One board row's state in words, as the 审核单 prints it. */
export function boardState(r: BoardRow): string {
  if (!r.received) return r.daysLeft === null ? '未报送' : r.daysLeft < 0 ? `未报送（已逾期 ${-r.daysLeft} 天）` : `未报送（剩 ${r.daysLeft} 天）`;
  return r.daysLate ? `逾期 ${r.daysLate} 天报送` : '按时报送';
}

export interface ReviewSheet {
  government: string;
  year: number;
  deadline: string | null;
  rows: BoardRow[];
  fonts?: FontFamilySet;
}

/** 审核单: every unit's state of the year, and lines for the reviewer's and the leader's signature. */
export async function reviewSheetDocx(s: ReviewSheet): Promise<Uint8Array> {
  const f = FONT_SETS[s.fonts ?? 'gb2312'];
  const received = s.rows.filter((r) => r.received).length;
  const withErrors = s.rows.filter((r) => (r.errors ?? 0) > 0).length;
  const header = ['序号', '单位', '类别', '报送情况', '报送日期', '状态', '错误', '未说明的提示', '与上年重复', '审核意见'];
  const rows = s.rows.map((r, i) => [
    String(i + 1),
    r.name,
    UNIT_KIND_LABELS[r.kind],
    boardState(r),
    dateOf(r.receivedAt),
    r.status ? STATUS[r.status] : '',
    r.errors === null ? '' : String(r.errors),
    r.unanswered === null ? '' : String(r.unanswered),
    r.repetition === null ? '' : `${Math.floor(r.repetition * 100)}%`,
    r.comments ? `${r.comments} 条（未答复 ${r.openComments}）` : '',
  ]);
  return pack(
    [
      para(`${s.government}${s.year}年度政府信息公开工作年度报告审核单`, f.title, { size: 36, center: true, bold: f.titleBold }),
      para(
        `应报送单位 ${s.rows.length} 个，已报送 ${received} 个，未报送 ${s.rows.length - received} 个，有错误的 ${withErrors} 个。` +
          (s.deadline ? `报送期限：${Number(s.deadline.slice(5, 7))}月${Number(s.deadline.slice(8, 10))}日。` : ''),
        f.body,
      ),
      table(header, rows, f.song),
      para('', f.body),
      para('审核人（签字）：                    日期：', f.body),
      para('分管领导（签字）：                  日期：', f.body),
    ],
    `${s.government}${s.year}年度年报审核单`,
    s.government,
  );
}

/** Where a comment sits, in words. */
export function placeName(p: CommentPlace | null): string {
  if (!p) return '全文';
  if ('part' in p) {
    const names: Record<string, string> = { title: '标题', preamble: '开头', closing: '结尾' };
    return names[p.part] ?? partDef(p.part as never).heading;
  }
  return cellName(p as CellAddress);
}

export interface CommentSheet {
  government: string;
  unit: string;
  year: number;
  comments: { place: CommentPlace | null; text: string; author: string; at: string }[];
  fonts?: FontFamilySet;
}

/** 审核意见单: the office's comments on one unit's report, for the leader and for paper. */
export async function commentSheetDocx(s: CommentSheet): Promise<Uint8Array> {
  const f = FONT_SETS[s.fonts ?? 'gb2312'];
  return pack(
    [
      para(`${s.unit}${s.year}年度政府信息公开工作年度报告审核意见单`, f.title, { size: 36, center: true, bold: f.titleBold }),
      para(`审核单位：${s.government}`, f.body),
      table(
        ['序号', '位置', '审核意见', '审核人', '时间'],
        s.comments.map((c, i) => [String(i + 1), placeName(c.place), c.text, c.author, dateOf(c.at)]),
        f.song,
      ),
      para('', f.body),
      para('请逐条修改或说明后重新报送。', f.body),
      para('审核人（签字）：                    日期：', f.body),
    ],
    `${s.unit}${s.year}年度年报审核意见单`,
    s.government,
  );
}
