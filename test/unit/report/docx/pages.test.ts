// Issue 12 "Done when": the exported .docx rendered by LibreOffice and read
// back page by page (pdftotext): a report with 7-digit figures and about 14
// pages of narrative, and the seed, whose table 三 does not fit below table 二
// and starts a page. Every table value printed once, table 三 whole on one
// page with all its labels, full pages of 22 lines, full lines of 28 characters.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../report/docx/index';
import { TABLE3_APPLICANT, TABLE3_COLUMNS, TABLE3_CORNER, TABLE3_GROUPS, TABLE3_ROWS, TABLE3_SECTION3_LABEL, allCells } from '../../../../report/format';
import { getCell, type Report } from '../../../../report/report';
import { bigFigureReport, longNarrative } from '../../../fixtures/docx/long-reports';
import { seedReport } from '../../../fixtures/docx/reports';

const installed = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const canRender = installed('soffice') && installed('pdftotext');
if (!canRender) console.warn('docx pages: skipped, LibreOffice (soffice) or pdftotext is not installed');

const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-pages-'));
const docs: Record<string, { report: Report; pages: string[]; raw: string[] }> = {};
const strip = (s: string) => s.replace(/\s+/g, '');
/** width in characters: ASCII letters and digits are half a character (“” and — are full width in Chinese type) */
const width = (s: string) => [...s.replace(/\s+/g, '')].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);
/** a page holding one of the tables (their header words, which the narrative does not use) */
const TABLE_PAGE = /信息内容|申请人情况|尚未审结/;
const PAGE_NUMBER = /^\s*—\s*\d+\s*—\s*$/;

beforeAll(async () => {
  if (!canRender) return;
  const reports = { big: longNarrative(bigFigureReport(), 6), seed: seedReport() };
  for (const [name, report] of Object.entries(reports)) {
    writeFileSync(path.join(dir, `${name}.docx`), await exportDocx(report));
    docs[name] = { report, pages: [], raw: [] };
  }
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...Object.keys(docs).map((n) => path.join(dir, `${n}.docx`))], {
    env: { ...process.env, HOME: dir },
    stdio: 'ignore',
    timeout: 170_000,
  });
  for (const name of Object.keys(docs)) {
    const pdf = path.join(dir, `${name}.pdf`);
    for (const [mode, key] of [['-layout', 'pages'], ['-raw', 'raw']] as const) {
      execFileSync('pdftotext', [mode, '-enc', 'UTF-8', pdf, path.join(dir, `${name}${mode}.txt`)]);
      docs[name][key] = readFileSync(path.join(dir, `${name}${mode}.txt`), 'utf8').split('\f').filter((p) => p.trim());
    }
  }
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The one page holding table 三: its corner text starts it. */
const table3Page = (d: (typeof docs)[string]) => {
  const at = d.raw.map((p, i) => (strip(p).includes(strip(TABLE3_CORNER)) ? i : -1)).filter((i) => i >= 0);
  expect(at).toHaveLength(1);
  return at[0];
};

describe.skipIf(!canRender)('the .docx page by page in LibreOffice', () => {
  it('the long report: about 14 pages of narrative, the page numbers in order', () => {
    const { pages } = docs.big;
    expect(pages.length).toBeGreaterThanOrEqual(16);
    pages.forEach((p, i) => expect(p.split('\n').filter((l) => l.trim()).at(-1), `page ${i + 1}`).toMatch(new RegExp(`^\\s*—\\s*${i + 1}\\s*—\\s*$`)));
  });

  it('every figure of the three tables printed once, whole (7 digits, never cut or squeezed apart)', () => {
    const { report, pages } = docs.big;
    const tokens = pages.join('\n').split(/\s+/);
    const count = tokens.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
    for (const a of allCells()) {
      const v = String(getCell(report, a));
      expect(count.get(v), `${a.table} ${a.row} ${a.col ?? ''} = ${v}`).toBe(1);
    }
  });

  for (const name of ['big', 'seed']) {
    it(`${name}: table 三 on one page with its heading, every label and every row's figures on it`, () => {
      const d = docs[name];
      const i = table3Page(d);
      const page = strip(d.raw[i]);
      expect(page).toContain('三、收到和处理政府信息公开申请情况');
      for (const l of [TABLE3_APPLICANT, TABLE3_SECTION3_LABEL, ...TABLE3_COLUMNS.map((c) => c.label), ...TABLE3_GROUPS.map((g) => g.label), ...TABLE3_ROWS.filter((r) => r.item || r.section !== '3').map((r) => r.label)])
        expect(page, l).toContain(strip(l));
      // nothing of table 三 on the pages around it
      for (const j of [i - 1, i + 1]) if (d.raw[j]) expect(strip(d.raw[j])).not.toContain(strip(TABLE3_ROWS.at(-1)!.label));
      if (name === 'big') {
        const tokens = d.pages[i].split(/\s+/);
        for (const r of TABLE3_ROWS) for (let c = 0; c < 7; c++) expect(tokens).toContain(String(getCell(d.report, { table: 'table3', row: r.key, col: c })));
      }
    });
  }

  it('the seed: table 三 does not fit below table 二 and starts its page with its heading', () => {
    const d = docs.seed;
    const i = table3Page(d);
    const lines = d.pages[i].split('\n').filter((l) => l.trim());
    expect(strip(lines[0])).toBe('三、收到和处理政府信息公开申请情况');
    // the page before ends with table 二: the table moved to a page of its own, heading and all
    expect(strip(d.raw[i - 1])).toContain('行政事业性收费');
    expect(strip(d.raw[i - 1])).not.toContain('三、收到和处理政府信息公开申请情况');
  });

  it('full pages of narrative hold 22 lines, none more', () => {
    const { pages, raw } = docs.big;
    const narrative = pages.filter((_, i) => !TABLE_PAGE.test(raw[i]));
    const counts = narrative.map((p) => p.split('\n').filter((l) => l.trim() && !PAGE_NUMBER.test(l)).length);
    expect(Math.max(...counts)).toBe(22);
    // most pages are full; a page ends a line short only where a heading keeps with its text
    expect(counts.filter((n) => n === 22).length).toBeGreaterThanOrEqual(Math.floor(counts.length / 2));
  });

  it('full lines hold 28 characters (27 before the change), none more', () => {
    const { pages, raw } = docs.big;
    const lines = pages
      .filter((_, i) => !TABLE_PAGE.test(raw[i]))
      .flatMap((p) => p.split('\n'))
      .filter((l) => l.trim() && !PAGE_NUMBER.test(l) && !/^\s*[一二三四五六]、/.test(l));
    const widths = lines.map(width);
    // a line of Chinese only: exactly 28 when full (a line with digits may hold a little more, half a character each);
    // a comma or full stop at the line's end is compressed into the margin (compressPunctuation) and not counted
    const chinese = lines.filter((l) => !/[0-9A-Za-z]/.test(l)).map((l) => width(l.trimEnd().replace(/[，。、；：！？）”]$/, '')));
    expect(Math.max(...chinese)).toBe(28);
    // full lines (a paragraph's last line is shorter, its first line indented two): 28, not 27; a few hold 27
    // where a character moved down with a punctuation mark that may not begin a line
    const full = chinese.filter((w) => w >= 27);
    expect(full.length).toBeGreaterThan(100);
    expect(full.filter((w) => w === 28).length / full.length).toBeGreaterThan(0.75);
    expect(Math.max(...widths)).toBeLessThanOrEqual(30);
  });
});
