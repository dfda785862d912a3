// The document font choice, worded once for 导出 and 设置 (issue 13 §15).
import type { Settings } from '../../electron/contract';

export const FONT_CHOICES: readonly { value: Settings['fonts']; label: string }[] = [
  { value: 'gb2312', label: '仿宋_GB2312、楷体_GB2312（公文标准字体，需已安装）' },
  { value: 'windows', label: '仿宋、楷体（Windows 自带字体）' },
  { value: 'fangzheng', label: '方正仿宋_GBK、方正楷体_GBK（方正字体，需已安装）' },
];

/** what each export format is for, under its choice in 导出 (交换文件 is not a term a clerk knows) */
export const EXPORT_HINTS: Record<string, string> = {
  docx: '按正式版式排好的 Word 文档，用于印发和存档。',
  json: '交换文件：本程序之间传递报告用（交给上级政务公开办汇总，或在另一台电脑上导入），不是给人阅读的文件。',
  html: '网页代码，可粘贴到政府网站后台发布。',
};
