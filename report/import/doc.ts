// An old binary Word file (.doc, and .wps where WPS saved it in Word's
// format): its text read with word-extractor, which gives every table cell
// followed by a tab and no mark where a row ends. The rows are rebuilt from
// what starts one (a row label of the three tables, or the values after a
// header), then the same assembly as every other kind of file.
import WordExtractor from 'word-extractor';
import { assemble, type Block } from './assemble';
import { valueLike } from './cells';
import { isHeader, labelKey, partOfHeading, T2_HEADERS, T3_HEADERS, T4_HEADERS, table2RowOf, table3LabelOf } from './labels';
import { LIMITS, tooMuch } from './limits';
import type { Rows } from './rows';
import { ImportError, type ImportResult } from './types';
import { widthAfter } from './widths';

export const UNREADABLE_DOC = '无法读取这个旧版 Word 文档（.doc），请在 Word/WPS 中另存为 .docx 后再导入（文件可能已损坏、加密，或不是 Word 格式）';

const startsRow = (cell: string) => {
  const t = cell.trim();
  if (!t || valueLike(t) || t.length > 120) return false;
  return !!table2RowOf(t) || !!table3LabelOf(t) || t.startsWith('第二十条') || labelKey(t) === '信息内容';
};
const isHeaderCell = (cell: string) => {
  const k = labelKey(cell);
  return !!k && (isHeader(k, T3_HEADERS) || isHeader(k, T4_HEADERS) || isHeader(k, T2_HEADERS));
};

/**
 * A row's empty cells past its width: the row's end mark and the merged
 * label cells that start the next row. Dropped, so the reader sees no blank
 * where there is none; a cell with text past the width is kept (and reported).
 */
function trimRow(row: string[], subtotal: boolean, header?: string): string[] {
  let at = -1;
  for (let i = row.length - 1; i >= 0 && at < 0; i--) if (row[i].trim() && !valueLike(row[i])) at = i;
  const width = at >= 0 ? widthAfter(row[at], subtotal) : header ? widthAfter(header, subtotal) : undefined;
  if (width === undefined) return row;
  let end = row.length;
  while (end > at + 1 + width && !row[end - 1].trim()) end--;
  return row.slice(0, end);
}

/** The cells of one table, in order, cut into rows where a row must start. */
export function rowsOfCells(cells: readonly string[]): Rows {
  const rows: Rows = [];
  let row: string[] = [];
  let lastText: string | undefined; // the last non-empty cell
  const subtotal = cells.some((c) => c.includes('小计'));
  let header: string | undefined; // the header the values of this row follow
  const end = () => {
    if (row.some((x) => x.trim() !== '')) rows.push(trimRow(row, subtotal, header));
    row = [];
    header = undefined;
  };
  for (const c of cells) {
    const value = c.trim() !== '' && valueLike(c);
    if (startsRow(c)) end();
    else if (value && lastText !== undefined && !valueLike(lastText) && isHeaderCell(lastText)) {
      // the values after a header: the header row ends at its end mark, so blank values before this one are the data's
      const head = row.map((x) => x.trim() !== '').lastIndexOf(true);
      const blanks = row.splice(Math.min(row.length, head + 2));
      end();
      row = blanks;
      header = lastText;
    }
    row.push(c);
    if (c.trim()) lastText = c;
  }
  end();
  return rows;
}

/**
 * The body text as blocks. A table's cells each end in a tab; a cell of two
 * paragraphs breaks its line, and the paragraph just after a table follows
 * the last tab on the same line.
 */
export function docBlocks(body: string): Block[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > LIMITS.paragraphs) throw tooMuch('paragraphs');
  const blocks: Block[] = [];
  let cells: string[] | undefined;
  let pending = ''; // text after the last tab: the next cell's, or the paragraph after the table
  const endTable = () => {
    if (!cells) return;
    blocks.push({ kind: 'table', rows: rowsOfCells(cells) });
    if (pending.trim()) blocks.push({ kind: 'para', text: pending });
    cells = undefined;
    pending = '';
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('\t')) {
      const parts = line.split('\t');
      parts[0] = pending + parts[0];
      pending = parts.pop()!;
      (cells ??= []).push(...parts.slice(0, 1000));
      for (let j = 1000; j < parts.length; j += 1000) cells.push(...parts.slice(j, j + 1000));
      if (partOfHeading(pending.trim())) endTable(); // the heading after a table, on the table's last line
      continue;
    }
    if (cells && pending && lines[i + 1]?.includes('\t')) {
      pending += line; // a cell of two paragraphs: the line before ended inside the cell
      continue;
    }
    endTable();
    blocks.push({ kind: 'para', text: line });
  }
  endTable();
  return blocks;
}

export async function importDoc(bytes: Uint8Array): Promise<ImportResult> {
  if (bytes.length > LIMITS.docBytes)
    throw new ImportError(`Word 文档过大（${(bytes.length / 1048576).toFixed(1)} MB），年度报告通常只有几百 KB，请确认选择的文件`);
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    body = doc.getBody({ filterUnicode: false });
  } catch (e) {
    throw new ImportError(UNREADABLE_DOC, { cause: e });
  }
  if (body.length > LIMITS.characters) throw tooMuch('characters');
  if (!body.trim()) throw new ImportError('这个旧版 Word 文档（.doc）里没有文字，可能是扫描件或图片：请对照原件手动填写');
  return assemble(docBlocks(body), { text: false });
}
