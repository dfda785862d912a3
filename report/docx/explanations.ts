// The 审核说明 list (issue 14 §12): every error and warning of a report with the
// 审核说明 written for it, on A4 for the leader's signature before publication.
// A plain document beside the report's exporter, in its fonts (fonts.ts, styles.ts read only).
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { cellName, partDef, type NarrativeKey, type TableKey } from '../format';
import { placeKey, placeOf } from '../fields';
import type { Report } from '../report';
import { RULES, validateReport, type Finding } from '../rules/index';
import { wellFormed } from '../text';
import { FONT_SETS, LATIN_FONT, type FontFamilySet } from './fonts';
import { PAGE } from './styles';

export interface ExplanationsOptions {
  fonts?: FontFamilySet;
  /** the findings to list; by default the report's own, judged as final (as 定稿 does) */
  findings?: Finding[];
  /** last year's report, for the cross-year and similarity warnings when findings are not given */
  previous?: Report;
}

const FREE_TEXT: Record<string, string> = { title: '标题', preamble: '前言', closing: '结尾' };
const SEVERITY: Record<string, string> = { error: '错误', warning: '警告' };
const RULE_NAME = new Map<string, string>(RULES.map((r) => [r.id, r.name]));

/** Where a finding is, in words: a cell's name, a part's heading, or 全文. */
export function placeName(f: Finding): string {
  if (f.table && f.row) return cellName({ table: f.table as TableKey, row: f.row, col: f.col });
  if (f.table) return { table2: '表二', table3: '表三', table4: '表四' }[f.table];
  if (f.part) return FREE_TEXT[f.part] ?? partDef(f.part as NarrativeKey).heading;
  return '全文';
}

export interface ExplanationLine {
  severity: string;
  rule: string;
  place: string;
  message: string;
  /** the 审核说明, or undefined when none is written */
  explanation?: string;
}

/** The lines of the list: errors first, then warnings, each with its 审核说明 (info findings are no defects). */
export function explanationLines(report: Report, findings: Finding[]): ExplanationLine[] {
  const written = new Map((report.explanations ?? []).map((e) => [placeKey(placeOf(e)), e.text]));
  return findings
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    .map((f) => ({
      severity: SEVERITY[f.severity],
      rule: RULE_NAME.get(f.rule) ?? f.rule,
      place: placeName(f),
      message: f.message,
      explanation: written.get(placeKey(placeOf(f)))?.trim() || undefined,
    }));
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
// 序号, 类别, 位置, 问题, 审核说明 in twips of the 156 mm type area
const WIDTHS = [760, 760, 2000, 3580, 1745];

export async function explanationsDocx(report: Report, options: ExplanationsOptions = {}): Promise<Uint8Array> {
  const f = FONT_SETS[options.fonts ?? 'gb2312'];
  const run = (text: string, o: { bold?: boolean; size?: number; font?: string } = {}) =>
    new TextRun({ text: wellFormed(text), bold: o.bold, size: o.size ?? 21, font: { eastAsia: o.font ?? f.song, ascii: LATIN_FONT, hAnsi: LATIN_FONT } });
  const para = (text: string, o: { bold?: boolean; size?: number; font?: string; center?: boolean } = {}) =>
    new Paragraph({ alignment: o.center ? AlignmentType.CENTER : undefined, spacing: { after: 160 }, children: [run(text, { size: 28, font: f.body, ...o })] });
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({
      width: { size: WIDTHS[i], type: WidthType.DXA },
      borders: { top: border, bottom: border, left: border, right: border },
      children: text.split('\n').map((line) => new Paragraph({ children: [run(line, { bold, font: bold ? f.hei : f.song })] })),
    });

  const findings = options.findings ?? validateReport(report, { final: true, previous: options.previous });
  const lines = explanationLines(report, findings);
  const errors = lines.filter((l) => l.severity === '错误').length;
  const unexplained = lines.filter((l) => l.severity === '警告' && !l.explanation).length;
  const title = `${report.title ?? `${report.unit}${report.year}年政府信息公开工作年度报告`}审核说明`;
  const summary =
    lines.length === 0
      ? '经检查，本报告未发现错误和警告。'
      : `经检查，本报告有错误 ${errors} 处、警告 ${lines.length - errors} 处，其中 ${unexplained} 处警告尚未填写审核说明。` +
        (errors ? '错误应在公布前改正。' : '');
  const header = ['序号', '类别', '位置', '问题', '审核说明'];
  const rows = lines.map((l, i) => [String(i + 1), l.severity, l.place, `${l.rule}：${l.message}`, l.explanation ?? '（未填写）']);

  const children: (Paragraph | Table)[] = [
    para(title, { size: 36, font: f.title, bold: f.titleBold, center: true }),
    para(summary),
  ];
  if (rows.length) {
    children.push(
      new Table({
        width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: WIDTHS,
        rows: [
          new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }),
          ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, i)) })),
        ],
      }),
    );
  }
  children.push(para(''), para('经办人（签字）：                    日期：'), para('审核人（签字）：                    日期：'), para('分管领导（签字）：                  日期：'));
  const doc = new Document({
    title,
    creator: report.unit,
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
