// From the paragraphs and tables of a document, in order, to a Report: the
// title gives unit and year, the part headings cut the narrative, the tables
// are recognised by their labels. Shared by the .txt and .docx importers.
import { PARTS, partDef, TITLE_SUFFIX, type NarrativeKey, type PartKey } from '../format';
import { blankReport } from '../report';
import { labelKey, NUMBERED, OLD_2019_MARKS, partOfHeading } from './labels';
import { readTable3 } from './table3';
import { classifyRows, OLD_FORMAT_MESSAGE, readTable2, readTable4, type Rows, type TableKind } from './tables';
import { dropPageFurniture, headingWithText } from './page';
import { levelOf, parseTitle, titleInText, unitInText, yearInText } from './title';
import { ImportError, type ImportProblem, type ImportResult } from './types';

/** `role`: the paragraph is marked as preamble or closing (the exporter's marker styles). */
export type Block = { kind: 'para'; text: string; role?: 'preamble' | 'closing' } | { kind: 'table'; rows: Rows };

export interface AssembleOptions {
  /** copied text: paragraphs broken by page breaks are rejoined, and lines inside table parts are table rows */
  text: boolean;
  /** the document marks its preamble and closing: read them as marked, guess nothing */
  marked?: boolean;
}

const CLOSING_RE =
  /^(本(年度)?报告(的)?电子版|如(对本报告)?(有|存在)?(任何)?(疑问|意见)|联系(地址|电话|方式|人)|(（|\()?(地址|电话|邮编|邮政编码|传真)[:：])/;
const DATE_RE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
/** A piece ending so is complete; anything else was cut by a page break and continues in the next piece. */
const COMPLETE_RE = /([。！？；：…!?;:”’」』]|[。！？.!?][）)])$/;


/** Rejoin the pieces of paragraphs that a page break (a blank line in the copy) cut in two. */
export function rejoin(pieces: readonly string[]): string[] {
  const out: string[] = [];
  let open = false; // the last paragraph is unfinished
  for (const p of pieces) {
    const starts = NUMBERED.test(p) || CLOSING_RE.test(p) || partOfHeading(p) !== undefined;
    if (open && !starts) out[out.length - 1] += p;
    else out.push(p);
    const last = out[out.length - 1];
    // a short numbered line without a trailing comma is a heading, complete as it stands
    const heading = NUMBERED.test(last) && (last.length <= 40 || !/[，、]$/.test(last));
    open = !heading && !COMPLETE_RE.test(last);
  }
  return out;
}

const VALUE = String.raw`(?:[+\-]?[\d０-９][\d０-９,，.．]*|—|－|-|/|／|无)`;
const SPACED_ROW = new RegExp(String.raw`^(.*?)((?:^|\s+)${VALUE}(?:\s+${VALUE})*)$`);

/** A table row: cells split by tabs; a line without tabs (copied from a PDF) splits at the spaces before its numbers. */
export function splitRow(line: string, framed = false): string[] {
  if (line.includes('\t')) return line.split('\t');
  if (line.includes('|')) return framed ? splitPipes(line).slice(1) : splitPipes(line);
  // the pattern backtracks quadratically: a row of a table is never this long
  const m = line.length > 2000 ? null : line.trim().match(SPACED_ROW);
  if (!m) return [line];
  const labels = m[1].trim() ? m[1].trim().split(/\s+/) : [];
  return [...labels, ...m[2].trim().split(/\s+/)];
}

/**
 * A web table flattened with | after each cell (a | b |, | a | b |, or one cell
 * per line: a |). Every | ends a cell, so a line of n bare pipes is n empty
 * cells: a lone | is one blank cell of a one-cell-per-line copy.
 */
function splitPipes(line: string): string[] {
  const cells = line.split('|').map((c) => c.trim());
  if (/\|\s*$/.test(line)) cells.pop();
  return cells;
}

/** A line that is a single empty cell (a lone |): a blank value in a one-cell-per-line copy. */
export const isBlankCell = (row: readonly string[]) => row.length === 1 && row[0].trim() === '';

export function assemble(blocks: readonly Block[], opts: AssembleOptions): ImportResult {
  const problems: ImportProblem[] = [];
  // the 2019 edition is refused wherever its columns show up, headings or not
  for (const b of blocks)
    for (const t of b.kind === 'para' ? [b.text] : b.rows.flat())
      if (/数\s*量/.test(t) && OLD_2019_MARKS.some((m) => labelKey(t).includes(m))) throw new ImportError(OLD_FORMAT_MESSAGE);
  const paras = (b: Block) => (b.kind === 'para' ? b.text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '') : '');

  // ---- title: the first paragraph naming unit + year, possibly over two lines
  const firstHeading = blocks.findIndex((b) => b.kind === 'para' && (partOfHeading(paras(b)) || headingWithText(paras(b))));
  const head = firstHeading < 0 ? blocks.length : firstHeading;
  let title: ReturnType<typeof parseTitle>;
  let bodyStart = 0;
  const before: string[] = []; // non-empty paragraphs before the one being tried
  // a title sits at the top: look at the first few paragraphs only, so a long text without one stays linear
  for (let i = 0; i < head && !title && before.length < 20; i++) {
    const t = paras(blocks[i]);
    const bi = blocks[i];
    if (!t || (bi.kind === 'para' && bi.role)) continue; // a marked preamble is never the title
    const prev = before[before.length - 1];
    // a title set in two lines: the unit, then year + 政府信息公开工作年度报告
    const alone = parseTitle(t);
    title = alone?.unit || prev === undefined ? alone : (parseTitle(prev + t) ?? alone);
    if (title) {
      bodyStart = i + 1;
      if (title !== alone) before.pop(); // the unit line belongs to the title
      if (before.length)
        problems.push({ part: 'title', message: `标题之前的 ${before.length} 行文字未导入（如“${before[0].slice(0, 20)}”），请核对` });
    } else if (t.length <= 60 && labelKey(t).includes(TITLE_SUFFIX)) {
      problems.push({ part: 'title', message: `标题“${t}”中找不到年度，单位和年度请手动核对` });
    }
    before.push(t);
  }

  // ---- cut into parts by their headings
  const sections = new Map<PartKey | 'preamble', string[]>([['preamble', []]]);
  const textLines = new Map<PartKey, string[]>();
  const tables: Rows[] = [];
  let current: PartKey | 'preamble' = 'preamble';
  const closing: string[] = []; // marked closing paragraphs
  let beside = 0; // sentences beside tables: the first few are named, the rest counted
  for (const b of blocks.slice(bodyStart)) {
    if (b.kind === 'table') {
      tables.push(b.rows);
      continue;
    }
    let t = paras(b);
    if (b.role) {
      if (t) (b.role === 'closing' ? closing : sections.get('preamble')!).push(t);
      continue;
    }
    const runOn = partOfHeading(t) ? undefined : headingWithText(t);
    const part = partOfHeading(t) ?? runOn?.part;
    if (part) {
      current = part.key;
      if (!sections.has(current)) sections.set(current, []);
      if (!runOn) continue;
      t = runOn.rest; // the heading's own line carried the part's first sentence
      if (part.kind === 'narrative') {
        sections.get(current)!.push(t);
        continue;
      }
    }
    if (current !== 'preamble' && PARTS.find((p) => p.key === current)!.kind === 'table') {
      // copied text, or a Word file whose tables were pasted as tab-separated lines
      if (t) {
        if (!textLines.has(current)) textLines.set(current, []);
        textLines.get(current)!.push(runOn ? t : b.text);
      }
      // a sentence beside a table has no place in the Report: say so rather than drop it
      if (t.includes('。') && !t.includes('\t') && ++beside <= 5)
        problems.push({ table: current, message: `“${partDef(current).heading}”中表格以外的文字未导入：“${t.slice(0, 30)}${t.length > 30 ? '…' : ''}”` });
      continue;
    }
    if (t) sections.get(current)!.push(t);
  }

  if (beside > 5) problems.push({ message: `表格部分另有 ${beside - 5} 段文字未导入` });
  const found = PARTS.filter((p) => sections.has(p.key)).length;
  const kinds = new Map<TableKind, Rows>();
  for (const rows of tables) {
    const kind = classifyRows(rows);
    if (kind) kinds.set(kind, (kinds.get(kind) ?? []).concat(rows));
  }
  for (const lines of textLines.values()) {
    // | a | b |: when every line starts with |, the first | frames the row and ends no cell
    const framed = lines.every((l) => /^\s*\|/.test(l) && !l.includes('\t'));
    // several bare pipes stand for merged cells, no row; a lone | is one blank cell
    const rows = lines.map((l) => splitRow(l, framed)).filter((row) => row.some((c) => c.trim() !== '') || isBlankCell(row));
    const kind = classifyRows(rows);
    if (kind && !kinds.has(kind)) kinds.set(kind, rows); // a real table of that kind wins over lines of text
  }
  const preamble = sections.get('preamble')!;
  if (!opts.marked) dropPageFurniture(preamble, problems);
  // web copies often lose the title line; the preamble usually names the report or its author
  const lead = preamble.join('\n');
  const named = title?.unit ? undefined : titleInText(lead);
  if (!title && !named && found < 2 && kinds.size === 0)
    throw new ImportError('这不是政府信息公开工作年度报告：既没有“某某单位2023年政府信息公开工作年度报告”这样的标题，也没有“一、总体情况”等部分');

  let unit = title?.unit ?? '';
  let year = title?.year;
  if (!title || !unit) {
    const author = named ? undefined : unitInText(lead);
    if (!year) year = named?.year ?? yearInText(lead) ?? yearInText([...sections.values()].flat().join('\n'));
    if (!year) throw new ImportError('没有找到报告标题（如“某某单位2023年政府信息公开工作年度报告”），无法确定单位和年度');
    unit = named?.unit ?? author ?? '';
    // a line that is only the generic title (政府信息公开工作年度报告) is the title, not preamble
    if (preamble.length && /^(?:\d{4}年度?)?(?:政府)?信息公开工作(?:年度)?报告$/.test(preamble[0].replace(/\s+/g, ''))) preamble.shift();
    const how = named ? `按正文中的“${named.title}”读入，请核对` : author ? `单位按正文中的“由${author}编制”读入，请核对` : '单位名称为空，请补填';
    problems.push({ part: 'title', message: `没有找到报告标题：年度为 ${year} 年，${how}` });
    if (named) title = { ...named, year: year! };
  }
  // the 2021 format starts with the reports for 2021: an older year without its tables is an older format
  if (year! < 2021 && kinds.size === 0)
    throw new ImportError(`这是 ${year} 年度的报告，没有 2021 年版格式（国办公开办函〔2021〕30号）的三张表格，是旧版格式，本程序无法导入`);
  const report = blankReport(unit, year!, levelOf(unit));
  report.title = title?.title ?? report.title;

  const narrative = (xs: string[]) => (opts.text ? rejoin(xs) : xs);
  report.preamble = narrative(preamble).join('\n');
  for (const p of PARTS) {
    if (!sections.has(p.key)) {
      problems.push(p.kind === 'narrative' ? { part: p.key, message: `没有找到“${p.heading}”部分` } : { table: p.key, message: `没有找到“${p.heading}”部分的标题` });
      continue;
    }
    if (p.kind === 'narrative') report.parts[p.key as NarrativeKey] = narrative(sections.get(p.key)!).join('\n');
  }
  splitClosing(report, unit, opts.marked || closing.length ? closing : undefined);

  const readers = { table2: readTable2, table3: readTable3, table4: readTable4 };
  for (const kind of ['table2', 'table3', 'table4'] as const) {
    const rows = kinds.get(kind);
    if (rows) readers[kind](rows, report, problems);
    else problems.push({ table: kind, message: `没有找到${{ table2: '表二', table3: '表三', table4: '表四' }[kind]}，该表按空白处理` });
  }
  return { report, problems };
}

/**
 * The closing (where to download, whom to ask, the signature) is the tail of
 * the last part. A document that marks its closing (`marked`) says where it
 * is; only a signature (agency, date) after it is still found by its look.
 */
function splitClosing(report: ReturnType<typeof blankReport>, unit: string, marked?: string[]): void {
  const key: NarrativeKey = report.parts.other ? 'other' : 'problems';
  const lines = report.parts[key] ? report.parts[key].split('\n') : [];
  let at = marked ? -1 : lines.findIndex((l) => CLOSING_RE.test(l));
  if (at < 0) {
    at = lines.length;
    while (at > 0 && (DATE_RE.test(lines[at - 1]) || (unit && labelKey(lines[at - 1]) === labelKey(unit)))) at--;
  }
  const tail = lines.slice(at);
  if (marked) report.closing = [...marked, ...tail].join('\n');
  else if (tail.length) report.closing = tail.join('\n');
  else return;
  report.parts[key] = lines.slice(0, at).join('\n');
}
