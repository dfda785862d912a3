// The one way the importers read an XML part of a .docx (document.xml,
// styles.xml, numbering.xml, .rels): saxes, in one pass, never a regular
// expression over a whole part. saxes resolves no entity beyond the five
// predefined ones; a DOCTYPE is refused outright, and the nesting and the
// attributes of one element are bounded, so a hostile part reaches nothing
// outside and costs memory in proportion to what a real part holds.
import { SaxesParser } from 'saxes';
import { LIMITS, tooMuch } from './limits';
import { ImportError } from './types';

const DOCTYPE_MESSAGE = 'Word 文档里含有 DOCTYPE 声明（可能引用外部实体），出于安全考虑已拒绝导入';

/** An element's local name (w:p → p) and a look-up of its attributes by local name. */
export type Attr = (localName: string) => string | undefined;
export interface XmlHandlers {
  open?(name: string, attr: Attr): void;
  close?(name: string): void;
  text?(text: string): void;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Walk `xml`, calling the handlers with local names. Throws ImportError for a
 * DOCTYPE or a part past the limits (or whatever a handler throws), and a plain
 * Error for XML that is not well formed: each caller decides what a broken part means.
 */
export function walkXml(xml: string, on: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  let depth = 0;
  let attributes = 0;
  let attrs: Record<string, string> = {};
  // one look-up for every tag (handlers use it while the tag is open): no closure per element
  const attr: Attr = (a) => {
    for (const k in attrs) if (k === a || local(k) === a) return String(attrs[k]);
    return undefined;
  };
  parser.on('doctype', () => {
    throw new ImportError(DOCTYPE_MESSAGE);
  });
  parser.on('attribute', () => {
    if (++attributes > LIMITS.xmlAttributes) throw tooMuch('xmlAttributes');
  });
  parser.on('opentag', (tag) => {
    attributes = 0;
    if (++depth > LIMITS.xmlDepth) throw tooMuch('xmlDepth');
    attrs = tag.attributes as Record<string, string>;
    on.open?.(local(tag.name), attr);
  });
  parser.on('closetag', (tag) => {
    depth--;
    on.close?.(local(tag.name));
  });
  if (on.text) parser.on('text', on.text);
  parser.write(xml).close();
}

/** A walk of a part that may be broken: what was read before the break stands (ImportError still refuses). */
export function walkXmlLeniently(xml: string, on: XmlHandlers): void {
  try {
    walkXml(xml, on);
  } catch (e) {
    if (e instanceof ImportError) throw e;
  }
}
