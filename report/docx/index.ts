// Report → .docx in the official layout (official-format.md section 7).
import { Document, DocumentGridType, Packer, PageOrientation, type Paragraph, type Table } from 'docx';
import { PARTS, type NarrativeKey } from '../format';
import { titleOf, type Report } from '../report';
import { wellFormed } from '../text';
import { pageFooters } from './footer';
import { CLOSING_STYLE, PREAMBLE_STYLE } from './markers';
import { narrativeParagraphs, partHeading, signatureParagraphs, titleParagraphs } from './narrative';
import { finishDocx } from './package';
import { DOC_GRID, FONT_SETS, PAGE, STYLE, USED_STYLES, documentStyles, type FontFamilySet, type FontSet } from './styles';
import { table2 } from './table2';
import { table3 } from './table3';
import { table4 } from './table4';

export type { FontFamilySet } from './styles';
export interface ExportOptions {
  fonts?: FontFamilySet;
  /** optional signature block (落款): the agency centred over the date, the date four characters in from the right */
  signature?: { agency: string; date: string };
  /** print web-copy habits as a clerk would: 2023 年 → 2023年, <http://…> → http://… (report/text.ts printedText) */
  tidy?: boolean;
  /** last year's report, for outputs that list findings (the 审核说明清单); the report's .docx ignores it */
  previous?: Report;
}

const APPLICATION = '政府信息公开年报';

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** docProps/app.xml with the agency as Company (the docx library writes an empty one). */
function appProperties(agency: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Company>${escapeXml(agency)}</Company><Application>${APPLICATION}</Application></Properties>`
  );
}

/** Text pasted with its own heading line would print the heading twice. */
function withoutHeading(text: string | undefined, heading: string): string {
  const lines = (text ?? '').split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first >= 0 && lines[first].replace(/[\s\u3000]/g, '') === heading) lines.splice(first, 1);
  return lines.join('\n');
}

function body(report: Report, options: ExportOptions, fonts: FontSet): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [...titleParagraphs(titleOf(report), report.year)];
  const tidy = options.tidy ?? false;
  out.push(...narrativeParagraphs(report.preamble, fonts, { style: PREAMBLE_STYLE, tidy }));
  for (const part of PARTS) {
    out.push(partHeading(part.heading));
    if (part.key === 'table2') out.push(table2(report));
    else if (part.key === 'table3') out.push(table3(report));
    else if (part.key === 'table4') out.push(table4(report));
    else out.push(...narrativeParagraphs(withoutHeading(report.parts[part.key as NarrativeKey], part.heading), fonts, { tidy }));
  }
  // the 落款 never alone on a page: the closing's last line goes with it (GB/T 9704 7.3.5)
  out.push(...narrativeParagraphs(report.closing, fonts, { style: CLOSING_STYLE, tidy, keepLastWithNext: !!options.signature }));
  if (options.signature) out.push(...signatureParagraphs(options.signature));
  return out;
}

/**
 * Every text as XML can hold it (report/text.ts): the entry paths normalise,
 * but a .docx must open whatever reached the exporter another way.
 */
function xmlSafe<T>(v: T): T {
  if (typeof v === 'string') return wellFormed(v) as T;
  if (Array.isArray(v)) return v.map(xmlSafe) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, xmlSafe(x)])) as T;
  return v;
}

/** The Word document of a report, as the bytes of a .docx file, checked well-formed before it is returned (package.ts). */
export async function exportDocx(input: Report, inputOptions: ExportOptions = {}): Promise<Uint8Array> {
  const report = xmlSafe(input);
  const options = xmlSafe(inputOptions);
  const fonts = FONT_SETS[options.fonts ?? 'gb2312'];
  if (!fonts) throw new Error(`未知的字体方案：${String(options.fonts)}`);
  const title = titleOf(report);
  const agency = report.unit.trim();
  const doc = new Document({
    title,
    creator: agency,
    lastModifiedBy: agency,
    subject: agency,
    keywords: '政府信息公开工作年度报告',
    evenAndOddHeaderAndFooters: true,
    styles: documentStyles(fonts),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: PAGE.header,
              footer: PAGE.footer,
              gutter: 0,
            },
          },
          // 22 lines a page (GB/T 9704); the 28 characters a line: styles.ts BODY_CHAR_SPACING
          grid: { type: DocumentGridType.LINES, linePitch: DOC_GRID.linePitch },
        },
        footers: pageFooters(),
        children: body(report, options, fonts),
      },
    ],
  });
  const buf = await Packer.toBuffer(doc, false, [{ path: 'docProps/app.xml', data: appProperties(agency) }]);
  // the 落款 style only where there is a 落款: no style the document does not use
  const keep = new Set(USED_STYLES);
  if (!options.signature) keep.delete(STYLE.signature);
  return finishDocx(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), fonts, keep);
}
