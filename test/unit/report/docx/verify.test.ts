// issue 10 item 9: a character XML cannot hold (U+FFFE, U+FFFF, a control
// character, half a surrogate pair) never makes a .docx Word cannot open:
// the exporter drops it (report/text.ts wellFormed) and checks every XML part
// it wrote before it reports success.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../report/docx/index';
import { verifyDocx, xmlError } from '../../../../report/docx/verify';
import { readDocx } from '../../../fixtures/docx/read-docx';
import { distinctReport } from '../../../fixtures/docx/reports';

describe('the .docx exporter and characters XML cannot hold', () => {
  it('drops U+FFFE, U+FFFF and control characters from every text, a lone surrogate becomes U+FFFD', async () => {
    // set directly on the report: the entry paths' normalisation is bypassed
    const r = distinctReport();
    r.unit = '某市\uFFFE某某局';
    r.title = '某市某某局2024年政府信息公开工作年度报告\uFFFF';
    r.parts.overview = '第一句\uFFFE话。\u0001第二句\uD800话。';
    r.closing = '结束\uFFFF语。';
    const bytes = await exportDocx(r, { signature: { agency: '某市\uFFFE某某局', date: '2025年1月20日' } });
    const { files, paras } = readDocx(bytes);
    for (const [name, xml] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) expect(xmlError(xml), name).toBeUndefined();
    const texts = paras.map((p) => p.text);
    expect(texts).toContain('第一句话。第二句\uFFFD话。');
    expect(texts).toContain('结束语。');
    expect(texts.filter((t) => t === '某市某某局').length).toBeGreaterThanOrEqual(2); // title line and signature
    expect(files['docProps/app.xml']).toContain('<Company>某市某某局</Company>');
    expect(files['docProps/core.xml']).not.toMatch(/[\uFFFE\uFFFF]/);
  });

  it('a package with a part that is not well-formed is refused, naming the part', () => {
    const good = '<?xml version="1.0"?><w:document xmlns:w="urn:w"><w:body/></w:document>';
    const pkg = (doc: string) => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(doc), 'word/media/x.png': new Uint8Array([0xff, 0xfe]) });
    expect(() => verifyDocx(pkg(good))).not.toThrow();
    expect(() => verifyDocx(pkg(good.replace('<w:body/>', '<w:body><w:t>a\uFFFEb</w:t></w:body>')))).toThrow(
      /生成的 Word 文档有误：其中的 word\/document\.xml 不是合格的 XML.*已停止导出/,
    );
    expect(() => verifyDocx(pkg(good.replace('</w:document>', '')))).toThrow(/word\/document\.xml/);
  });
});
