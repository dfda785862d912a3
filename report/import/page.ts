// What web pages add around and inside a report's text: the page's own
// furniture (索引号, 发布日期, 字号, 打印) before the report, and part headings
// run together with the first sentence of their part.
import { PARTS, type PartDef } from '../format';
import { compact } from '../text';
import type { ImportProblem } from './types';

/** A line without its spaces and zero-width marks, and without the bullets before it. */
const bare = (s: string) => compact(s).replace(/^[•·]+/, '');

/** Field names of a page's information box, and its buttons: never part of a report. */
const FIELD = /^(索引号|发布机构|发文机关|发文日期|成文日期|生成日期|文号|发文字号|有效性|主题分类|组配分类|体裁分类|服务对象分类|分类|信息名称|内容概述|关键词|公开方式|公开范围|发布日期|发布时间|信息来源|来源|字号|点击数|浏览次数|阅读次数|访问次数|浏览量)[:：|]/;
const BUTTON = /^(【?打印|【?关闭|登录|分享到|听全文|字号[:：]?[大中小]|\d{4}-\d{1,2}-\d{1,2}(\d{1,2}:\d{2}(:\d{2})?)?$|\d{1,7}$)/;

export function isPageFurniture(line: string): boolean {
  if (line.length > 160) return false;
  const c = bare(line);
  return FIELD.test(c) || BUTTON.test(c);
}

/** Drop the page's furniture from the lines before part 一, saying how much went. */
export function dropPageFurniture(lines: string[], problems: ImportProblem[]): void {
  const dropped = lines.filter(isPageFurniture);
  if (!dropped.length) return;
  lines.splice(0, lines.length, ...lines.filter((l) => !isPageFurniture(l)));
  problems.push({ part: 'preamble', message: `网页上的“${dropped[0].trim().slice(0, 20)}”等 ${dropped.length} 行不属于报告，未导入` });
}

const spaced = (s: string) => [...s].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\u3000]*');
const RUN_ON = PARTS.map((p) => ({
  part: p,
  // each run of spaces has one place to go: two spaces patterns side by side backtracked quadratically over a long run
  re: new RegExp(String.raw`^[\s\u3000]*${p.numeral}[\s\u3000]*(?:[、.．,，][\s\u3000]*)?${spaced(p.heading.slice(2))}(?:[。：:，,][\s\u3000]*|[\s\u3000]+)(\S[\s\S]*)$`),
}));

/** 一、总体情况。2023年，我局…: the heading, and the text run on after it. */
export function headingWithText(line: string): { part: PartDef; rest: string } | undefined {
  for (const { part, re } of RUN_ON) {
    const m = line.match(re);
    if (m) return { part, rest: m[1].trim() };
  }
  return undefined;
}
