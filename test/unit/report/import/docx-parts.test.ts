// The .docx walk piece by piece: content controls, moved text, text boxes,
// layout tables, breaks, and Word's list numbering; bad numbering.xml.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentBlocks } from '../../../../report/import/docx';
import { importReport, ImportError } from '../../../../report/import/index';
import { parseNumbering, styleNumbering } from '../../../../report/import/numbering';
import { parseReportJson } from '../../../../report/json';
import { para, run, table, tc, textBoxPara, tr } from '../../../fixtures/import/wordlike-xml';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="r" xmlns:wp="wp" xmlns:a="a" xmlns:wps="wps" xmlns:v="v"';
const body = (inner: string) => `<w:document ${W}><w:body>${inner}</w:body></w:document>`;
const texts = (inner: string) => documentBlocks(body(inner)).map((b) => (b.kind === 'para' ? b.text : b.rows));

describe('what a paragraph shows', () => {
  it('block and inline content controls are read as their content', () => {
    const xml = `<w:sdt><w:sdtPr><w:alias w:val="单位"/></w:sdtPr><w:sdtContent>${para(`${run('甲')}<w:sdt><w:sdtContent>${run('乙')}</w:sdtContent></w:sdt>`)}</w:sdtContent></w:sdt>`;
    expect(texts(xml)).toEqual(['甲乙']);
  });

  it('an unfilled content control’s prompt is not text; a ruby’s guide is not either', () => {
    const prompt = `<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${para(run('单击或点击此处输入文字。'))}</w:sdtContent></w:sdt>`;
    const inline = `<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${run('请输入单位')}</w:sdtContent></w:sdt>`;
    const ruby = `<w:r><w:ruby><w:rt><w:r><w:t>zhōng</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>中</w:t></w:r></w:rubyBase></w:ruby></w:r>`;
    expect(texts(prompt + para(run('前') + inline + ruby + run('后')))).toEqual(['前中后']);
  });

  it('moved-away text is dropped, moved-to text kept; an inserted run kept, a deleted one dropped', () => {
    const xml = para(`<w:moveFrom w:id="1">${run('旧位置')}</w:moveFrom><w:moveTo w:id="2">${run('新位置')}</w:moveTo><w:ins w:id="3">${run('加')}</w:ins><w:del w:id="4"><w:r><w:delText>删</w:delText></w:r></w:del>`);
    expect(texts(xml)).toEqual(['新位置加']);
  });

  it('a complex field shows its result, nested fields too, never the instruction', () => {
    const f = (instr: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    expect(texts(para(run('第') + f('PAGE', run('3')) + run('页') + f('IF 1 = 1 "是"', f('REF x', run('是')))))).toEqual(['第3页是']);
    // a field nested in the code of another (IF { MERGEFIELD 类别 } = "甲" …): its result is part of the code, not shown
    const begin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r>';
    const nestedInCode = `${begin}<w:r><w:instrText>IF </w:instrText></w:r>${f('MERGEFIELD 类别', run('甲'))}<w:r><w:instrText> = "甲" "是" "否"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('是')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    expect(texts(para(nestedInCode))).toEqual(['是']);
    // a field begun and never ended hides its code only, not the paragraphs after it
    expect(texts(para(`${run('甲')}${begin}<w:r><w:instrText>PAGE</w:instrText></w:r>`) + para(run('乙')))).toEqual(['甲', '乙']);
  });

  it('a text box’s paragraphs come once, before the paragraph that anchors it', () => {
    const box = textBoxPara(['框内一', '框内二']);
    const xml = `${box.slice(0, -'</w:p>'.length)}${run('锚定段')}</w:p>`;
    expect(texts(xml)).toEqual(['框内一', '框内二', '锚定段']);
  });

  it('hidden text (w:vanish) is not read; a paragraph mark’s vanish hides nothing', () => {
    const hiddenRun = `<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>`;
    const shownRun = `<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>可见</w:t></w:r>`;
    expect(texts(para(run('正文') + hiddenRun + shownRun, '<w:rPr><w:vanish/></w:rPr>'))).toEqual(['正文可见']);
  });

  it('a page break keeps the paragraph whole; a line break splits its lines; tab, no-break and soft hyphens', () => {
    expect(texts(para(`<w:r><w:br w:type="page"/></w:r>${run('一、总体情况')}`))).toEqual(['一、总体情况']);
    expect(texts(para(`${run('上')}<w:r><w:br/></w:r>${run('下')}`))).toEqual(['上\n下']);
    expect(texts(para(`${run('0955')}<w:r><w:noBreakHyphen/></w:r>${run('70\u00ad68')}<w:r><w:softHyphen/><w:tab/></w:r>${run('传真')}`))).toEqual(['0955-7068\t传真']);
  });
});

describe('tables', () => {
  it('a one-cell table, or one holding tables, only lays out the page: its paragraphs and tables come out', () => {
    const data = table(2, [tr([tc(['行政许可']), tc(['5'])])]);
    expect(texts(table(1, [tr([tc(['标题']).replace('</w:tc>', `${data}<w:p/></w:tc>`)])]))).toEqual(['标题', [['行政许可', '5']], '']);
    expect(texts(table(1, [tr([tc(['只有一段'])])]))).toEqual(['只有一段']);
    // two columns, the right one holding the table: still layout
    expect(texts(table(2, [tr([tc(['左']), tc([]).replace('<w:p/>', data + '<w:p/>')])]))).toEqual(['左', [['行政许可', '5']], '']);
  });

  it('Word 97’s horizontal merge (w:hMerge) is one cell, so vertical merges below stay aligned', () => {
    const h = (v: string) => `<w:tc><w:tcPr><w:hMerge${v ? ` w:val="${v}"` : ''}/></w:tcPr>${para(run(v ? '行政复议' : ''))}</w:tc>`;
    const rows = [tr([h('restart'), h(''), tc(['甲'], { vMerge: 'restart' })]), tr([tc(['1']), tc(['2']), tc([], { vMerge: 'continue' })])];
    expect(texts(table(3, rows))).toEqual([[['行政复议', '甲'], ['1', '2', '甲']]]);
  });

  it('a cell of several paragraphs, an empty <w:p/> cell and a vertical merged label', () => {
    const rows = [
      tr([tc(['三', '、', '本', '年'], { vMerge: 'restart', vertical: true }), tc(['（二）部分公开', '（区分处理的）']), tc([])]),
      tr([tc([], { vMerge: 'continue', vertical: true }), tc(['（七）总计']), tc(['0'])]),
    ];
    expect(texts(table(3, rows))).toEqual([[
      ['三\n、\n本\n年', '（二）部分公开\n（区分处理的）', ''],
      ['三\n、\n本\n年', '（七）总计', '0'],
    ]]);
  });
});

describe('Word list numbering', () => {
  const numbering = `<w:numbering ${W}>
    <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="（%2）"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%3"/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>`;

  it('counts in Chinese, restarts deeper levels, continues a shared definition, restarts on an override; bullets show nothing', () => {
    const n = parseNumbering(numbering);
    const seen = [n.next('1', 0), n.next('1', 1), n.next('1', 1), n.next('1', 2), n.next('1', 0), n.next('1', 1), n.next('2', 0), n.next('9', 0)];
    expect(seen).toEqual(['一、', '（一）', '（二）', '①', '二、', '（一）', '', '']);
    for (let i = 0; i < 8; i++) n.next('1', 0);
    expect(n.next('1', 0)).toBe('十一、');
    expect(n.next('3', 1)).toBe('（一）'); // startOverride
  });

  it('numbers paragraphs by their own numPr or by their style’s; numId 0 switches it off; empty paragraphs show none', () => {
    const styles = styleNumbering(`<w:styles ${W}><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`);
    const lists = { numbering: parseNumbering(numbering), styles };
    const p = (text: string, pPr: string) => para(run(text), pPr);
    const xml = body(
      p('总体情况', '<w:pStyle w:val="1"/>') +
        p('主动公开情况', '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>') +
        p('不编号', '<w:pStyle w:val="1"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
        para('', '<w:pStyle w:val="1"/>') +
        p('存在的主要问题及改进情况', '<w:pStyle w:val="1"/>'),
    );
    expect(documentBlocks(xml, lists).map((b) => b.kind === 'para' && b.text)).toEqual(['一、总体情况', '（一）主动公开情况', '不编号', '', '三、存在的主要问题及改进情况']);
  });
});

describe('a bad numbering.xml', () => {
  const fixture = readFileSync(path.resolve(__dirname, '../../../fixtures/import/word-features.docx'));
  const want = parseReportJson(readFileSync(path.resolve(__dirname, '../../../fixtures/import/word-features.expected.json'), 'utf8'));
  const withNumbering = (xml: string) => {
    const files = unzipSync(fixture);
    files['word/numbering.xml'] = strToU8(xml);
    return zipSync(files);
  };

  it('with a DOCTYPE is refused like a hostile body', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:numbering ${W}>&e;</w:numbering>`;
    await expect(importReport(withNumbering(xml), 'x.docx')).rejects.toThrow(ImportError);
    await expect(importReport(withNumbering(xml), 'x.docx')).rejects.toThrow(/DOCTYPE/);
  });

  it('a body that is only an embedded file (w:altChunk) gets a clear message; beside real text, a problem', async () => {
    const files = unzipSync(fixture);
    const xml = strFromU8(files['word/document.xml']);
    const only = { ...files, 'word/document.xml': strToU8(xml.replace(/<w:body>[\s\S]*<\/w:body>/, '<w:body><w:altChunk r:id="rIdChunk"/><w:sectPr/></w:body>')) };
    await expect(importReport(zipSync(only), 'x.docx')).rejects.toThrow(/altChunk.*另存为 \.docx/);
    const beside = { ...files, 'word/document.xml': strToU8(xml.replace('<w:body>', '<w:body><w:altChunk r:id="rIdChunk"/>')) };
    const { report, problems } = await importReport(zipSync(beside), 'x.docx');
    expect(report.table3).toEqual(want.table3);
    expect(problems).toEqual([expect.objectContaining({ message: expect.stringContaining('1 处嵌入的其他文件') })]);
  });

  it('broken: the headings are still found by their words and every value read', async () => {
    expect(strFromU8(unzipSync(fixture)['word/numbering.xml'])).toContain('chineseCounting');
    const { report } = await importReport(withNumbering('<w:numbering><w:abstractNum'), 'x.docx');
    expect(report.table3).toEqual(want.table3);
    expect(report.parts.problems).toEqual(want.parts.problems);
    expect(report.parts.overview).toContain('主动公开情况'); // without its （一）, which only the list gave
  });
});

describe('this project’s export after an office restyled it in Word', () => {
  it('part headings turned into a numbered Heading 1 list (一、 no longer in the text) read back the same', async () => {
    const { exportDocx } = await import('../../../../report/docx/index');
    const { PARTS } = await import('../../../../report/format');
    const { randomReport } = await import('./import-helpers');
    const r = randomReport(77);
    const files = unzipSync(await exportDocx(r));
    let xml = strFromU8(files['word/document.xml']);
    for (const p of PARTS) {
      const at = xml.indexOf(`>${p.heading}</w:t>`);
      expect(at, p.heading).toBeGreaterThan(0);
      const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
      const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
      const heading = para(run(p.heading.slice(2)), '<w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr>');
      xml = xml.slice(0, start) + heading + xml.slice(end);
    }
    files['word/document.xml'] = strToU8(xml);
    files['word/numbering.xml'] = strToU8(
      `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    );
    const { report, problems } = await importReport(zipSync(files), 'restyled.docx');
    expect(problems).toEqual([]);
    for (const k of ['title', 'preamble', 'parts', 'closing', 'table2', 'table3', 'table4'] as const) expect(report[k], k).toEqual(r[k]);
  });
});
