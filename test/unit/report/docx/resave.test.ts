// The exported .docx saved again by another word processor (LibreOffice here;
// Word and WPS cannot run on this machine): the named styles survive, the
// headings stay Heading 1 / Heading 2 with their outline levels, a paragraph
// the user adds takes the body look, and the importer still reads it all back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../report/docx/index';
import { PARTS } from '../../../../report/format';
import { importReport } from '../../../../report/import/index';
import type { Report } from '../../../../report/report';
import { bodyParagraphs, readDocx, type ParagraphInfo, type Styles } from '../../../fixtures/docx/read-docx';
import { seedReport } from '../../../fixtures/docx/reports';

function installed(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const canResave = installed('soffice');
if (!canResave) console.warn('docx-resave: skipped, LibreOffice (soffice) is not installed');

const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-resave-'));
let seed: Report;
let resaved: Uint8Array;
let doc: string;
let styles: Styles;
let paras: ParagraphInfo[];

beforeAll(async () => {
  if (!canResave) return;
  seed = seedReport();
  const inDir = path.join(dir, 'in');
  execFileSync('mkdir', ['-p', inDir]);
  writeFileSync(path.join(inDir, 'report.docx'), await exportDocx(seed));
  execFileSync('soffice', ['--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, path.join(inDir, 'report.docx')], {
    env: { ...process.env, HOME: dir },
    stdio: 'ignore',
    timeout: 120_000,
  });
  resaved = readFileSync(path.join(dir, 'report.docx'));
  ({ doc, styles, paras } = readDocx(resaved));
}, 150_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const find = (text: string) => {
  const p = paras.find((x) => x.text.replace(/\s/g, '') === text);
  expect(p, text).toBeDefined();
  return p!;
};

describe.runIf(canResave)('after another word processor saved the export', () => {
  it('the part headings are still Heading1 in 黑体 at outline level 0, the （一） headings Heading2 in 楷体 at level 1', () => {
    for (const h of PARTS.map((p) => p.heading)) {
      const p = find(h);
      expect(p.props.styleId).toBe('Heading1');
      expect(p.props.attr('outlineLvl', 'val')).toBe('0');
      expect(p.runs[0]).toMatchObject({ eastAsia: '黑体', size: 32 });
    }
    const h2 = find('（二）依申请公开情况');
    expect(h2.props.styleId).toBe('Heading2');
    expect(h2.props.attr('outlineLvl', 'val')).toBe('1');
    expect(h2.runs[0]).toMatchObject({ eastAsia: '楷体_GB2312', size: 32 });
  });

  // issue 12 §8: the body look is the text's style (Body Text); Normal, which a table or header added later
  // takes, has the body's font and size but no exact 28.95 pt and no indent
  it('the text after a heading keeps the body look; a paragraph in Normal has the body font, plain spacing', () => {
    const added = bodyParagraphs('<w:p><w:r><w:t>用户新增的一段文字。</w:t></w:r></w:p>', styles)[0];
    const next = paras[paras.indexOf(find('（一）主动公开情况')) + 1];
    for (const p of [added, next]) {
      expect(p.runs[0]).toMatchObject({ eastAsia: '仿宋_GB2312', size: 32, bold: false });
      expect(p.props.attr('jc', 'val')).toBe('both');
    }
    expect(next.props.attr('ind', 'firstLine')).toBe('640');
    expect([next.props.attr('spacing', 'line'), next.props.attr('spacing', 'lineRule')]).toEqual(['579', 'exact']);
    expect(added.props.attr('spacing', 'lineRule')).not.toBe('exact');
    expect(Number(added.props.attr('ind', 'firstLine') ?? 0)).toBe(0);
  });

  it('the importer reads the resaved file back to the same report', async () => {
    expect(doc).toContain('NianbaoClosing');
    const { report } = await importReport(resaved, 'report.docx');
    for (const k of ['unit', 'year', 'preamble', 'closing', 'table2', 'table3', 'table4'] as const) expect(report[k], k).toEqual(seed[k]);
    expect(report.parts).toEqual(seed.parts);
  });
});
