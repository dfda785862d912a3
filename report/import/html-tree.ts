// A saved web page as a small tree: htmlparser2 in one pass (it never fetches
// anything and resolves only HTML's named characters), the elements that show
// nothing (scripts, styles, forms, hidden ones) left out, and the page's size
// bounded while it is read: a hostile page costs what a maximal real one does.
import { Parser } from 'htmlparser2';
import { LIMITS, tooMuch } from './limits';

export interface HtmlNode {
  tag: string;
  /** id and class, lower case, for finding the article's container */
  id: string;
  cls: string;
  rowspan?: number;
  colspan?: number;
  src?: string;
  children: (HtmlNode | string)[];
}

export interface HtmlPage {
  body: HtmlNode;
  /** <title>, and the CMS's own <meta name="ArticleTitle"> */
  title: string;
  articleTitle?: string;
}

/** Elements whose content is never shown as text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'select', 'option', 'textarea', 'button', 'svg', 'canvas', 'map', 'video', 'audio']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

const span = (v: string | undefined, max: number) => {
  const n = Number(v);
  return Number.isFinite(n) && n > 1 ? Math.min(max, Math.floor(n)) : undefined;
};

export function parseHtml(html: string): HtmlPage {
  const root: HtmlNode = { tag: '#root', id: '', cls: '', children: [] };
  const stack: HtmlNode[] = [root];
  let skip = 0; // inside a skipped element: its depth
  let inTitle = false;
  let title = '';
  let articleTitle: string | undefined;
  let elements = 0;
  let characters = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (++elements > LIMITS.htmlElements) throw tooMuch('htmlElements');
        if (skip) {
          skip++;
          return;
        }
        if (name === 'meta') {
          if (/^articletitle$/i.test(attribs.name ?? '') && attribs.content) articleTitle = attribs.content.slice(0, 200);
          return;
        }
        if (name === 'title') inTitle = true;
        if (SKIPPED.has(name) || 'hidden' in attribs || HIDDEN_STYLE.test(attribs.style ?? '')) {
          skip = 1;
          return;
        }
        if (stack.length > LIMITS.xmlDepth) throw tooMuch('htmlDepth');
        const node: HtmlNode = {
          tag: name,
          id: (attribs.id ?? '').toLowerCase(),
          cls: (attribs.class ?? '').toLowerCase(),
          rowspan: span(attribs.rowspan, LIMITS.tableRows),
          colspan: span(attribs.colspan, 64),
          src: name === 'img' ? (attribs.src ?? '').slice(0, 300) : undefined,
          children: [],
        };
        stack[stack.length - 1].children.push(node);
        stack.push(node);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (skip) {
          skip--;
          return;
        }
        if (name === 'meta') return;
        // htmlparser2 closes what it opened, implied closes included: pop to the element closed
        for (let i = stack.length - 1; i > 0; i--)
          if (stack[i].tag === name) {
            stack.length = i;
            break;
          }
      },
      ontext(text) {
        if ((characters += text.length) > LIMITS.characters * 4) throw tooMuch('characters'); // markup-heavy pages: text between tags counts too
        if (inTitle) {
          if (title.length < 300) title += text;
          return;
        }
        if (skip) return;
        const kids = stack[stack.length - 1].children;
        const last = kids[kids.length - 1];
        if (typeof last === 'string') kids[kids.length - 1] = last + text;
        else kids.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  const body = findTag(root, 'body') ?? root;
  return { body, title: title.replace(/\s+/g, ' ').trim(), ...(articleTitle ? { articleTitle: articleTitle.trim() } : {}) };
}

/** The first element of a tag, breadth first (body sits at depth 1 or 2). */
function findTag(root: HtmlNode, tag: string): HtmlNode | undefined {
  const queue: HtmlNode[] = [root];
  for (let i = 0; i < queue.length && i < 50; i++) {
    const n = queue[i];
    if (n.tag === tag) return n;
    for (const c of n.children) if (typeof c !== 'string') queue.push(c);
  }
  return undefined;
}

/** Every element of the tree, parents before children, without recursion. */
export function* elements(root: HtmlNode): Generator<HtmlNode> {
  const stack: HtmlNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    yield n;
    for (let i = n.children.length - 1; i >= 0; i--) {
      const c = n.children[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
}

/** The visible text of an element, whitespace collapsed (for scoring containers, not for reading). */
export function textOf(root: HtmlNode, max = 200_000): string {
  let out = '';
  const stack: (HtmlNode | string)[] = [root];
  while (stack.length && out.length < max) {
    const n = stack.pop()!;
    if (typeof n === 'string') out += n;
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out.replace(/[\s\u00a0\u3000]+/g, '');
}
