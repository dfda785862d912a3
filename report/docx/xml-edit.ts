// Small, located edits of an XML part the docx library wrote, for the few
// settings it has no option for. A SAX parser (saxes) finds each element's
// exact start and end; the text between is kept byte for byte, so nothing
// else in the part can change. An edit that finds nothing is a bug: it throws.
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface XmlEdit {
  /** which elements: by name (as written, e.g. w:style), attributes and the names of the elements around it */
  match(name: string, attributes: Readonly<Record<string, string>>, parents: readonly XmlParent[]): boolean;
  /** insert as the element's first child (the element must have an end tag) */
  prepend?: string;
  /** insert right after the element, as its next sibling */
  after?: string;
  /** leave the element out */
  remove?: boolean;
  /** how many elements it must have matched at least (default 1) */
  atLeast?: number;
}

export class XmlEditError extends Error {}

export interface XmlParent {
  name: string;
  attributes: Readonly<Record<string, string>>;
}

interface Open extends XmlParent {
  start: number;
  edit?: XmlEdit;
}

/** `xml` with every edit applied where its elements are. */
export function editXml(xml: string, edits: readonly XmlEdit[]): string {
  const parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  const stack: Open[] = [];
  const splices: { at: number; end: number; text: string }[] = [];
  const hits = new Map<XmlEdit, number>();
  parser.on('error', (e) => {
    throw new XmlEditError(e.message);
  });
  parser.on('opentag', (node: SaxesTagPlain) => {
    const pos = parser.position;
    // a start tag cannot hold a raw '<' (attribute values escape it): the last one before its end is its beginning
    const start = xml.lastIndexOf('<', pos - 1);
    const edit = edits.find((e) => e.match(node.name, node.attributes, stack));
    stack.push({ name: node.name, attributes: node.attributes, start, edit });
    if (!edit) return;
    hits.set(edit, (hits.get(edit) ?? 0) + 1);
    if (edit.prepend !== undefined) {
      if (node.isSelfClosing) throw new XmlEditError(`<${node.name}/> has no content to insert into`);
      splices.push({ at: pos, end: pos, text: edit.prepend });
    }
  });
  parser.on('closetag', () => {
    const open = stack.pop()!;
    const end = parser.position;
    if (open.edit?.remove) splices.push({ at: open.start, end, text: '' });
    else if (open.edit?.after !== undefined) splices.push({ at: end, end, text: open.edit.after });
  });
  parser.write(xml).close();
  for (const e of edits) {
    const n = hits.get(e) ?? 0;
    if (n < (e.atLeast ?? 1)) throw new XmlEditError(`an edit matched ${n} elements, expected at least ${e.atLeast ?? 1}`);
  }
  // in document order, in one pass; an edit inside a removed element goes with it
  // (an insertion before a removal that starts at the same place)
  splices.sort((a, b) => a.at - b.at || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const s of splices) {
    if (s.at < cursor) continue;
    out += xml.slice(cursor, s.at) + s.text;
    cursor = s.end;
  }
  out += xml.slice(cursor);
  return out;
}
