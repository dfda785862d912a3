// The page model: the report's blocks laid out on A4 pages in a browser, once,
// for the preview and for the printed page (its PDF is these pages, so the
// preview's page count is the PDF's). A paragraph that does not fit is split at
// the line where the page ends (widow control off, as in Chinese Word); a table
// or heading is never split unless it alone is taller than a page; a heading
// keeps with what follows it.
//
// Self-contained on purpose (no imports at run time, nothing from outside but its
// arguments): report/page/web.ts inlines its source in the print page.

// The DOM it uses, stated here so the Node side (which inlines the source) compiles
// without the DOM library; a browser's document, elements and ranges fit these.
interface Rect { top: number; bottom: number; left: number; right: number; height: number }
interface PNode { nodeType: number }
interface PText extends PNode { data: string; parentElement: PElement | null }
interface PElement extends PNode {
  tagName: string;
  textContent: string | null;
  style: { textIndent: string; breakAfter: string; pageBreakAfter: string };
  // children are Elements in a browser (an Element has no .style): read as PElement where needed
  readonly children: ArrayLike<object>;
  readonly childNodes: ArrayLike<PNode>;
  readonly firstChild: PNode | null;
  readonly firstElementChild: object | null;
  readonly lastElementChild: object | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  appendChild(node: object): unknown;
  cloneNode(deep?: boolean): PNode;
  remove(): void;
  getBoundingClientRect(): Rect;
}
interface PTable extends PElement { readonly rows: ArrayLike<PElement & { readonly cells: ArrayLike<{ rowSpan: number }> }> }
interface PRange { setStart(node: object, offset: number): void; setEnd(node: object, offset: number): void; getBoundingClientRect(): Rect }
interface PDocument {
  createElement(tag: 'div' | 'tbody'): PElement;
  createRange(): PRange;
  readonly defaultView: { getComputedStyle(el: object): { marginBottom: string; lineHeight: string } } | null;
}

export interface PageGeometry {
  widthMm: number;
  heightMm: number;
  topMm: number;
  bottomMm: number;
  leftMm: number;
  rightMm: number;
  /** the page number's line below the type area */
  numberGapMm: number;
  /** the page number's CSS font (family and size) */
  numberFont: string;
}

/**
 * Moves the blocks of `flow` (its element children) onto new page elements
 * appended to `host`, numbered — n — (odd pages right, even pages left), and
 * returns them. `flow` is left empty; its style attribute is each page's type style.
 */
export function paginate(doc: PDocument, flow: PElement, host: PElement, g: PageGeometry): PElement[] {
  const typeWidth = g.widthMm - g.leftMm - g.rightMm;
  const typeHeight = g.heightMm - g.topMm - g.bottomMm;
  const pages: PElement[] = [];
  const style = (el: PElement) => doc.defaultView!.getComputedStyle(el);
  let content: PElement;
  let limit = 0; // the bottom of the current type area, in client pixels

  const newPage = () => {
    const page = doc.createElement('div');
    page.setAttribute('data-page', String(pages.length + 1));
    page.setAttribute(
      'style',
      `position:relative;box-sizing:border-box;width:${g.widthMm}mm;height:${g.heightMm}mm;overflow:hidden;background:#fff;` +
        `padding:${g.topMm}mm ${g.rightMm}mm ${g.bottomMm}mm ${g.leftMm}mm;break-after:page;page-break-after:always;`,
    );
    content = doc.createElement('div');
    content.setAttribute('style', `${flow.getAttribute('style') ?? ''}width:${typeWidth}mm;height:${typeHeight}mm;`);
    page.appendChild(content);
    host.appendChild(page);
    pages.push(page);
  };
  /** the bottom of the current type area now (the host may move as the flow empties) */
  const measureLimit = () => {
    const r = content.getBoundingClientRect();
    limit = r.top + r.height + 0.5;
  };
  const bottomOf = (el: PElement) => {
    const r = el.getBoundingClientRect();
    const m = parseFloat(style(el).marginBottom) || 0;
    return r.bottom + m;
  };
  const fits = (el: PElement) => bottomOf(el) <= limit;
  const isHeading = (el: PElement | null) => !!el && /^H[1-6]$/.test(el.tagName);

  /** Index of the first character of the first line past the page's end, or -1 when all fit. */
  function overflowAt(text: PText): number {
    const range = doc.createRange();
    const lineHeight = parseFloat(style(text.parentElement!).lineHeight);
    // the bottom of the character's line box: its glyph box and the half-leading below it
    const bottom = (i: number) => {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const r = range.getBoundingClientRect();
      return r.bottom + (lineHeight > r.height ? (lineHeight - r.height) / 2 : 0);
    };
    const n = text.data.length;
    if (!n || bottom(n - 1) <= limit) return -1;
    let lo = 0;
    let hi = n - 1; // bottom(hi) > limit
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bottom(mid) > limit) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Splits a paragraph at the page's end: the part that fits stays, the rest is returned (or null when none of it fits). */
  function splitParagraph(p: PElement): { rest: PElement | null; none: boolean } {
    const text = p.childNodes.length === 1 && p.firstChild!.nodeType === 3 ? (p.firstChild as PText) : null;
    if (!text) return { rest: null, none: true };
    const at = overflowAt(text);
    if (at <= 0) return { rest: null, none: at === 0 };
    const rest = p.cloneNode(false) as PElement;
    rest.textContent = text.data.slice(at);
    rest.style.textIndent = '0'; // the paragraph goes on: no new first-line indent
    text.data = text.data.slice(0, at);
    return { rest, none: false };
  }

  /** Splits a table before the last row that fits and that no merged cell crosses. */
  function splitTable(table: PTable): PTable | null {
    const rows = Array.from(table.rows);
    const spannedInto = new Array<boolean>(rows.length).fill(false);
    rows.forEach((row, r) => {
      for (const c of Array.from(row.cells)) for (let k = 1; k < c.rowSpan && r + k < rows.length; k++) spannedInto[r + k] = true;
    });
    let cut = -1;
    for (let r = 1; r < rows.length; r++) {
      if (bottomOf(rows[r]) > limit) break;
      if (!spannedInto[r + 1] && r + 1 < rows.length) cut = r + 1;
    }
    if (cut <= 0) return null;
    const rest = table.cloneNode(false) as PTable;
    const body = doc.createElement('tbody');
    rest.appendChild(body);
    for (const row of rows.slice(cut)) body.appendChild(row);
    return rest;
  }

  const queue = Array.from(flow.children) as PElement[];
  for (const b of queue) b.remove();
  newPage();
  while (queue.length) {
    const block = queue.shift()!;
    content!.appendChild(block);
    measureLimit();
    if (fits(block)) continue;
    const alone = content!.firstElementChild === block;
    const split = block.tagName === 'P' ? splitParagraph(block) : null;
    if (split && !split.none) {
      if (split.rest) queue.unshift(split.rest);
      newPage();
      continue;
    }
    if (alone) {
      // taller than a whole page: a table goes on over the next page, anything else stays cut
      const rest = block.tagName === 'TABLE' ? splitTable(block as PTable) : null;
      if (rest) queue.unshift(rest);
      newPage();
      continue;
    }
    // to the next page, with the heading just before it
    block.remove();
    const prev = content!.lastElementChild as PElement | null;
    const carried = isHeading(prev) && content!.firstElementChild !== prev ? prev : null;
    carried?.remove();
    newPage();
    queue.unshift(...(carried ? [carried as PElement, block] : [block]));
  }

  pages.forEach((page, i) => {
    const n = i + 1;
    const number = doc.createElement('div');
    const side = n % 2 ? `right:${g.rightMm}mm;text-align:right;` : `left:${g.leftMm}mm;text-align:left;`;
    number.setAttribute('style', `position:absolute;top:${g.heightMm - g.bottomMm + g.numberGapMm}mm;${side}font:${g.numberFont};padding:0 1em;line-height:1;`);
    number.setAttribute('data-page-number', '');
    number.textContent = `— ${n} —`;
    page.appendChild(number);
  });
  const last = pages[pages.length - 1];
  last.style.breakAfter = 'auto';
  last.style.pageBreakAfter = 'auto';
  return pages;
}
