// From the paragraphs and tables of a document, in order, to a Report: the
// title gives unit and year, the part headings cut the narrative, the tables
// are recognised by their labels. Shared by the .txt and .docx importers.
// assemble() runs the steps below in order; each is named for what it does.
import { PARTS, partDef, TITLE_SUFFIX, type NarrativeKey, type PartDef, type PartKey } from '../format';
import { blankReport, type Report } from '../report';
import { trimSpaces } from '../text';
import { splitClosing } from './closing';
import { noteHeaderVariants } from './headers';
import { labelKey, OLD_2019_MARKS, partOfHeading, table2RowOf, table3LabelOf } from './labels';
import { dropPageFurniture, headingWithText } from './page';
import { headingByNumber } from './part-headings';
import { rejoin } from './rejoin';
import { valueLike } from './cells';
import { classifyRows, OLD_FORMAT_MESSAGE, rowsOfLines, type Rows, type TableKind } from './rows';
import { readTable2 } from './table2';
import { readTable3 } from './table3';
import { readTable4 } from './table4';
import { levelOf, parseTitle, signatureOf, titleInText, unitInOpening, unitInText, yearInText, type Title } from './title';
import { ImportError, type ImportProblem, type ImportResult, type ReportOrigin } from './types';

/** `role`: the paragraph is marked as preamble or closing (the exporter's marker styles). */
export type Block = { kind: 'para'; text: string; role?: 'preamble' | 'closing' } | { kind: 'table'; rows: Rows };

export interface AssembleOptions {
  /** copied text: paragraphs broken by page breaks are rejoined, and lines inside table parts are table rows */
  text: boolean;
  /** the document marks its preamble and closing: read them as marked, guess nothing */
  marked?: boolean;
}

export function assemble(blocks: readonly Block[], opts: AssembleOptions): ImportResult {
  const problems: ImportProblem[] = [];
  refuseOldFormat(blocks);
  const { title, bodyStart } = findTitle(blocks, problems);
  const parts = cutIntoParts(blocks.slice(bodyStart), problems);
  const extra: string[] = [];
  const kinds = tablesByKind(parts, extra);
  for (const message of extra) problems.push({ message });
  const preamble = parts.sections.get('preamble')!;
  if (!opts.marked) dropPageFurniture(preamble, problems);
  const found = findUnitAndYear(title, parts, kinds.size > 0, problems);
  const report = reportOf(found);
  fillNarrative(report, parts, opts, problems);
  splitClosing(report, report.unit, opts.marked || parts.closing.length ? parts.closing : undefined);
  readTables(kinds, report, problems);
  return { report, problems, origin: withOthers(found.origin, report.unit, signatureUnit(parts)) };
}

/** The 落款's agency when it names another than the one read: offered beside it. */
function withOthers(origin: ReportOrigin, unit: string, signed: string | undefined): ReportOrigin {
  if (!signed || !unit || signed === unit || unit.includes(signed) || signed.includes(unit)) return origin;
  return { ...origin, others: { ...origin.others, unit: [signed] } };
}

const textOfPara = (b: Block) => (b.kind === 'para' ? trimSpaces(b.text) : '');

/** The 2019 edition is refused wherever its columns show up, headings or not. */
function refuseOldFormat(blocks: readonly Block[]): void {
  for (const b of blocks)
    for (const t of b.kind === 'para' ? [b.text] : b.rows.flat())
      if (/数\s*量/.test(t) && OLD_2019_MARKS.some((m) => labelKey(t).includes(m))) throw new ImportError(OLD_FORMAT_MESSAGE);
}

/** The title: the first paragraph naming unit + year, possibly over two lines; the body starts after it. */
function findTitle(blocks: readonly Block[], problems: ImportProblem[]): { title: Title | undefined; bodyStart: number } {
  const firstHeading = blocks.findIndex((b) => b.kind === 'para' && (partOfHeading(textOfPara(b)) || headingWithText(textOfPara(b))));
  const head = firstHeading < 0 ? blocks.length : firstHeading;
  let title: Title | undefined;
  let bodyStart = 0;
  const before: string[] = []; // non-empty paragraphs before the one being tried
  // a title sits at the top: look at the first few paragraphs only, so a long text without one stays linear
  for (let i = 0; i < head && !title && before.length < 20; i++) {
    const t = textOfPara(blocks[i]);
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
  return { title, bodyStart };
}

/** The body cut at the part headings: each part's paragraphs, the tables, lines of table parts, the marked closing. */
interface Parts {
  sections: Map<PartKey | 'preamble', string[]>;
  /** lines inside a table part: copied text, or a Word file whose tables were pasted as tab-separated lines */
  textLines: Map<PartKey, string[]>;
  tables: Rows[];
  /** marked closing paragraphs */
  closing: string[];
}

function cutIntoParts(body: readonly Block[], problems: ImportProblem[]): Parts {
  const parts: Parts = { sections: new Map([['preamble', []]]), textLines: new Map(), tables: [], closing: [] };
  const { sections, textLines } = parts;
  let current: PartKey | 'preamble' = 'preamble';
  let beside = 0; // sentences beside tables: the first few are named, the rest counted
  for (const b of body) {
    if (b.kind === 'table') {
      parts.tables.push(b.rows);
      continue;
    }
    let t = textOfPara(b);
    if (b.role) {
      if (t) (b.role === 'closing' ? parts.closing : sections.get('preamble')!).push(t);
      continue;
    }
    const runOn = partOfHeading(t) ? undefined : headingWithText(t);
    const byNumber: PartDef | undefined = runOn ? undefined : headingByNumber(t, current, sections);
    if (byNumber)
      problems.push({ part: byNumber.key, message: `部分标题“${t}”与正式标题“${byNumber.heading}”不同，已按序号作为该部分读入，请核对` });
    const part: PartDef | undefined = partOfHeading(t) ?? runOn?.part ?? byNumber;
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
    if (current !== 'preamble' && partDef(current).kind === 'table') {
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
  return parts;
}

/** Which table each block of rows is; a real table of a kind wins over lines of text of that kind. */
function tablesByKind(parts: Parts, extra: string[]): Map<TableKind, Rows> {
  const kinds = new Map<TableKind, Rows>();
  for (const rows of parts.tables) {
    const kind = classifyRows(rows);
    if (!kind) {
      // a table of other figures (fees charged, cases by month): said, never read into 表二/三/四
      if (rows.some((r) => r.some((c) => /\d/.test(c) && valueLike(c))))
        extra.push(`文中另有一张表格（“${rows.flat().find((c) => c.trim() && !valueLike(c))?.trim().slice(0, 20) ?? '无标题'}”），不是表二、表三、表四，未导入`);
      continue;
    }
    const all = kinds.get(kind) ?? [];
    for (const row of rows) all.push(row); // several tables of one kind (a table split over pages) are one
    kinds.set(kind, all);
  }
  for (const lines of parts.textLines.values()) {
    const rows = rowsOfLines(lines);
    const kind = classifyRows(rows);
    if (kind && !kinds.has(kind)) kinds.set(kind, rows);
  }
  return kinds;
}

/**
 * Unit and year: from the title, or (web copies often lose the title line)
 * from the preamble, which usually names the report or its author. Refuses
 * what is no report, and a report of an older edition.
 */
function findUnitAndYear(
  title: Title | undefined,
  parts: Parts,
  hasTables: boolean,
  problems: ImportProblem[],
): { unit: string; year: number; title?: Title; origin: ReportOrigin } {
  const { sections } = parts;
  const preamble = sections.get('preamble')!;
  const found = PARTS.filter((p) => sections.has(p.key)).length;
  const lead = preamble.join('\n');
  const named = title?.unit ? undefined : titleInText(lead);
  if (!title && !named && found < 2 && !hasTables)
    throw new ImportError('这不是政府信息公开工作年度报告：既没有“某某单位2023年政府信息公开工作年度报告”这样的标题，也没有“一、总体情况”等部分');

  let unit = title?.unit ?? '';
  let year = title?.year;
  const origin: ReportOrigin = {
    unit: unit ? { from: 'title', text: title!.title } : { from: 'none' },
    year: year ? { from: 'title', text: title!.title } : { from: 'none' },
  };
  if (!title || !unit) {
    const author = named ? undefined : unitInText(lead);
    if (!year) {
      const inLead = named ? undefined : yearInText(lead);
      year = named?.year ?? inLead ?? yearInText([...sections.values()].flat().join('\n'));
      if (year) origin.year = named ? { from: 'preamble', text: named.title } : { from: inLead ? 'preamble' : 'text' };
    }
    if (!year) throw new ImportError('没有找到报告标题（如“某某单位2023年政府信息公开工作年度报告”），无法确定单位和年度');
    const signed = named || author ? undefined : signatureUnit(parts);
    const opening = named || author || signed ? undefined : unitInOpening(sections.get('overview')?.[0] ?? '');
    unit = named?.unit ?? author ?? signed ?? opening ?? '';
    origin.unit = named
      ? { from: 'preamble', text: named.title }
      : author
        ? { from: 'author', text: `由${author}编制` }
        : signed
          ? { from: 'signature', text: signed }
          : opening
            ? { from: 'opening', text: opening }
            : { from: 'none' };
    // a line that is only the generic title (政府信息公开工作年度报告) is the title, not preamble
    if (preamble.length && /^(?:\d{4}年度?)?(?:政府)?信息公开工作(?:年度)?报告$/.test(preamble[0].replace(/\s+/g, ''))) preamble.shift();
    const how = named
      ? `按正文中的“${named.title}”读入，请核对`
      : author
        ? `单位按正文中的“由${author}编制”读入，请核对`
        : signed
          ? `单位按文末落款“${signed}”读入，请核对`
          : opening
            ? `单位按“一、总体情况”的第一句读入（“${opening}”），请核对`
            : '单位名称为空，请补填';
    problems.push({ part: 'title', message: `没有找到报告标题：年度为 ${year} 年，${how}` });
    if (named) title = { ...named, year };
  }
  // the 2021 format starts with the reports for 2021: an older year without its tables is an older format
  if (year! < 2021 && !hasTables)
    throw new ImportError(`这是 ${year} 年度的报告，没有 2021 年版格式（国办公开办函〔2021〕30号）的三张表格，是旧版格式，本程序无法导入`);
  return { unit, year: year!, title, origin }; // a title gives its year; without one, the year was found or refused above
}

/** The agency of the 落款: the last lines of the last part (and a marked closing), an agency's name beside a date. */
function signatureUnit(parts: Parts): string | undefined {
  const last = [...PARTS].reverse().find((p) => p.kind === 'narrative' && parts.sections.has(p.key));
  const lines = [...(last ? parts.sections.get(last.key)! : []), ...parts.closing].slice(-6);
  return signatureOf(lines);
}

function reportOf({ unit, year, title }: { unit: string; year: number; title?: Title }): Report {
  const report = blankReport(unit, year, levelOf(unit));
  report.title = title?.title ?? report.title;
  return report;
}

/** The preamble and the narrative parts (copied text rejoined at its page breaks); a part not found is said. */
function fillNarrative(report: Report, parts: Parts, opts: AssembleOptions, problems: ImportProblem[]): void {
  const narrative = (xs: string[]) => (opts.text ? rejoin(xs) : xs);
  report.preamble = narrative(parts.sections.get('preamble')!).join('\n');
  for (const p of PARTS) {
    if (!parts.sections.has(p.key)) {
      problems.push(p.kind === 'narrative' ? { part: p.key, message: `没有找到“${p.heading}”部分` } : { table: p.key, message: `没有找到“${p.heading}”部分的标题` });
      continue;
    }
    if (p.kind === 'narrative') report.parts[p.key as NarrativeKey] = narrative(parts.sections.get(p.key)!).join('\n');
  }
}

const READERS = { table2: readTable2, table3: readTable3, table4: readTable4 };
const TABLE_NAMES = { table2: '表二', table3: '表三', table4: '表四' };
const IS_LABEL = { table2: (c: string) => !!table2RowOf(c), table3: (c: string) => !!table3LabelOf(c), table4: () => false };

/** Each table from its rows; a table not found is blank, and said so. */
function readTables(kinds: Map<TableKind, Rows>, report: Report, problems: ImportProblem[]): void {
  for (const kind of ['table2', 'table3', 'table4'] as const) {
    const rows = kinds.get(kind);
    if (rows) {
      READERS[kind](rows, report, problems);
      noteHeaderVariants(rows, kind, IS_LABEL[kind], problems);
    }
    else problems.push({ table: kind, message: `没有找到${TABLE_NAMES[kind]}，该表按空白处理` });
  }
}
