// Issue 12 §9 and §4: web-copy habits printed as a clerk would (when asked),
// and a 落款 whose agency is too long for a line.
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../report/docx/index';
import { printedText } from '../../../../report/text';
import { bodyParagraphs, readDocx } from '../../../fixtures/docx/read-docx';
import { seedReport } from '../../../fixtures/docx/reports';

describe('printedText', () => {
  it('drops half-width spaces between Chinese and digits or letters, and markdown’s <> around links', () => {
    expect(printedText('本报告统计数据从 2023 年 1 月 1 日至 2023 年 12 月 31 日。')).toBe('本报告统计数据从2023年1月1日至2023年12月31日。');
    expect(printedText('可从网站（<http://www.nxzw.gov.cn>）下载')).toBe('可从网站（http://www.nxzw.gov.cn）下载');
    expect(printedText('增长 12.5% ，共 3\u00a0件')).toBe('增长12.5%，共3件');
  });
  it('keeps the spaces between Latin words and numbers, and a lone < that is no link', () => {
    expect(printedText('Windows 10 and Office 2016')).toBe('Windows 10 and Office 2016');
    expect(printedText('a < b 时')).toBe('a < b时');
  });
});

describe('the export', () => {
  const text = async (o: Parameters<typeof exportDocx>[1]) => {
    const { doc, styles } = readDocx(await exportDocx(seedReport(), o));
    return bodyParagraphs(doc, styles).map((p) => p.text);
  };
  it('tidies the text only when asked (the text itself is the user’s: an export never silently changes it)', async () => {
    const plain = await text({});
    expect(plain.some((t) => t.includes('2023 年 1 月 1 日'))).toBe(true);
    const tidy = await text({ tidy: true });
    expect(tidy.some((t) => t.includes('2023年1月1日至2023年12月31日'))).toBe(true);
    expect(tidy.join('')).not.toMatch(/<https?:/);
  });
  it('a 落款 agency too long for a line breaks between region and organ, each line its own centre', async () => {
    const agency = '新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县市场监督管理局';
    const lines = (await text({ signature: { agency, date: '2024年1月20日' } })).filter(Boolean).slice(-3);
    expect(lines).toEqual(['新疆维吾尔自治区伊犁哈萨克自治州', '察布查尔锡伯自治县市场监督管理局', '2024年1月20日']);
  });
});
