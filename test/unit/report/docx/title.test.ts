// Issue 12 §3: the title broken only between words, for real agency names.
// Names from the stored government pages (济南市历城区…, 永靖县…, 西昌市…, 绵阳市安州区…, 温州市…,
// 同心县…, 安义县…, 眉山市…, 广元市…, 柳州市…, 苍南县…, 桃源县… 2023/2024 年报), the issue's own
// 察布查尔锡伯自治县市场监督管理局, and real agencies of autonomous regions with the longest names.
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../report/docx/index';
import { TITLE_CHARS_PER_LINE, agencyParts, titleLines, titleWidth } from '../../../../report/docx/title';
import { blankReport } from '../../../../report/report';
import { bodyParagraphs, readDocx } from '../../../fixtures/docx/read-docx';

const AGENCIES = [
  '察布查尔锡伯自治县市场监督管理局',
  '济南市历城区市场监督管理局',
  '永靖县市场监督管理局',
  '西昌市人力资源和社会保障局',
  '绵阳市安州区人力资源和社会保障局',
  '温州市人力资源和社会保障局',
  '同心县人力资源和社会保障局',
  '安义县人力资源和社会保障局',
  '眉山市人力资源和社会保障局',
  '广元市市场监督管理局',
  '柳州市市场监督管理局',
  '苍南县市场监督管理局',
  '新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县人民政府',
  '内蒙古自治区鄂尔多斯市伊金霍洛旗人民政府办公室',
  '广西壮族自治区南宁市西乡塘区人力资源和社会保障局',
  '湘西土家族苗族自治州住房和城乡建设局',
  '双江拉祜族佤族布朗族傣族自治县人民政府',
  '酉阳土家族苗族自治县卫生健康委员会',
  '黔东南苗族侗族自治州生态环境局',
  '宁夏回族自治区中卫市应急管理局',
  '恩施土家族苗族自治州发展和改革委员会',
];
const REGION_END = /(特别行政区|自治区|自治州|自治县|自治旗|地区|街道|省|盟|市|县|旗|区)$/;

describe('title lines at word boundaries (issue 12 §3)', () => {
  it.each(AGENCIES)('%s', (agency) => {
    const title = `${agency}2023年政府信息公开工作年度报告`;
    const lines = titleLines(title, 2023);
    expect(lines.join('')).toBe(title);
    for (const l of lines) expect(titleWidth(l), l).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
    // the year and 政府信息公开工作年度报告 stay together, on the last line
    expect(lines.at(-1)).toMatch(/^(.*?)2023年政府信息公开工作年度报告$/);
    const agencyLines = lines.join('\n').replace(/2023年政府信息公开工作年度报告$/, '').split('\n').filter(Boolean);
    if (titleWidth(agency) <= TITLE_CHARS_PER_LINE) {
      // whole where it fits a line
      expect(agencyLines).toEqual([agency]);
    } else {
      // else broken only after a level of its region, never inside the organ's name
      for (const l of agencyLines.slice(0, -1)) expect(l, l).toMatch(REGION_END);
      const organ = agencyParts(agency).at(-1)!;
      expect(agencyLines.at(-1)!.endsWith(organ)).toBe(true);
      // the fewest lines: two lines cannot hold the agency
      expect(agencyLines.length).toBe(Math.max(2, Math.ceil(titleWidth(agency) / TITLE_CHARS_PER_LINE)));
    }
  });

  it('察布查尔锡伯自治县 and 市场监督管理局 are never cut inside (the two breaks the issue saw)', () => {
    for (const agency of AGENCIES) {
      const lines = titleLines(`${agency}2023年政府信息公开工作年度报告`, 2023);
      for (let i = 0; i < lines.length - 1; i++) {
        const join = lines[i].slice(-2) + lines[i + 1].slice(0, 2);
        expect(['察布查尔', '尔锡伯自', '市场监督', '监督管理'].some((w) => join.includes(w) && !lines[i].includes(w) && !lines[i + 1].includes(w))).toBe(false);
      }
    }
  });

  it('the exported title paragraphs are those lines, each a Title paragraph', async () => {
    const agency = AGENCIES[12];
    const r = { ...blankReport(agency, 2023) };
    const { doc, styles } = readDocx(await exportDocx(r));
    const titles = bodyParagraphs(doc, styles).filter((p) => p.props.styleId === 'Title').map((p) => p.text);
    expect(titles).toEqual(['新疆维吾尔自治区伊犁哈萨克自治州', '察布查尔锡伯自治县人民政府', '2023年政府信息公开工作年度报告']);
  });
});
