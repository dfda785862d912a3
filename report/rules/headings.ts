// structure.headings: heading lines typed inside a narrative part. The six part
// headings themselves come from format.ts (the page and the .docx write them), so
// what can go wrong is in the texts: another part's heading pasted in, a part
// heading with the wrong ordinal (the block shifted by one), the five aspects of
// part 一 numbered as parts, a part's sub-headings restarting at 一、.
import { OVERVIEW_ASPECTS, PARTS, partDef, type NarrativeKey } from '../format';
import { chineseNumeral } from '../text';

const TOP = /^([一二三四五六七八九十]{1,2})、(.+)$/;
/** a heading line: its words up to the first full stop or colon are short */
const MAX_HEADING = 30;
const bare = (s: string) => s.replace(/的/g, '');
const PART_TITLES = PARTS.map((p) => ({ key: p.key, numeral: p.numeral, heading: p.heading, title: bare(p.heading.slice(p.numeral.length + 1)) }));

/** Chinese messages, one per wrong heading line (one for a part's restarted numbering); the rule joins them into the part's one finding. */
export function badHeadings(part: NarrativeKey, text: string): string[] {
  const out: string[] = [];
  const here = partDef(part).heading;
  let restarted = false;
  for (const raw of text.split('\n')) {
    const m = TOP.exec(raw.trim());
    if (!m || chineseNumeral(m[1]) === undefined) continue;
    const title = m[2].split(/[。：:]/)[0];
    if (title.length > MAX_HEADING) continue;
    const line = `${m[1]}、${title}`;
    const p = PART_TITLES.find((x) => x.title === bare(title));
    if (p) {
      if (p.key === part && m[1] === p.numeral) continue; // its own heading typed again: harmless
      if (m[1] === p.numeral) {
        out.push(`“${here}”中有另一部分的标题“${line}”，多为粘贴全文所致；请把这段文字移到“${p.heading}”部分`);
        continue;
      }
      const aspect = part === 'overview' ? OVERVIEW_ASPECTS.find((a) => title.includes(a.keyword)) : undefined;
      out.push(
        `“${here}”中的标题“${line}”序号错位：按年报格式“${p.title}”是第${p.numeral}部分，序号应为“${p.numeral}、”` +
          (aspect ? `；若这是总体情况的一个方面，应写作“${aspect.heading}”` : ''),
      );
      continue;
    }
    const aspect = part === 'overview' ? OVERVIEW_ASPECTS.find((a) => title.includes(a.keyword)) : undefined;
    if (aspect) {
      out.push(`“${here}”中的小标题“${line}”用了部分的序号“${m[1]}、”：总体情况的五个方面应编为“（一）”至“（五）”，如“${aspect.heading}”`);
    } else if (!restarted) {
      restarted = true; // the part's whole numbering is one problem
      out.push(`“${here}”中的小标题“${line}”重新从部分的序号“${m[1]}、”编起：部分内的小标题应使用“（一）”“（二）”……`);
    }
  }
  return out;
}
