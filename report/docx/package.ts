// The last touches on the package the docx library wrote, for settings it has
// no option for (official-format.md 7, issue 12 §5–§8): the font table with
// charset 86 and fallbacks, punctuation compression, snap-to-grid off in the
// table styles, and none of the library's styles the document does not use.
// Each is a located edit (xml-edit.ts); the parts are then checked well-formed.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fontTableXml, type FontSet } from './fonts';
import { TABLE_STYLES } from './styles';
import { ExportCheckError, verifyParts } from './verify';
import { XmlEditError, editXml, type XmlEdit } from './xml-edit';

/** Word's setting for Chinese text: full-width punctuation compressed at line starts and ends (标点压缩). */
export const CHARACTER_SPACING = '<w:characterSpacingControl w:val="compressPunctuation"/>';
/** Table text keeps its own line pitch and character width, not the body's 28 × 22 grid. */
export const NO_SNAP = '<w:snapToGrid w:val="0"/>';

const SETTINGS_EDITS: XmlEdit[] = [
  // characterSpacingControl follows evenAndOddHeaders in CT_Settings (nothing the library writes lies between)
  { match: (n, _, p) => n === 'w:evenAndOddHeaders' && p.length === 1, after: CHARACTER_SPACING },
];

function styleEdits(keep: ReadonlySet<string>): XmlEdit[] {
  return [
    // snapToGrid comes before spacing, ind and jc, the only things these pPr hold
    { match: (n, _, p) => n === 'w:pPr' && p.at(-1)?.name === 'w:style' && TABLE_STYLES.includes(p.at(-1)!.attributes['w:styleId']), prepend: NO_SNAP, atLeast: TABLE_STYLES.length },
    { match: (n, a, p) => n === 'w:style' && p.length === 1 && !keep.has(a['w:styleId']), remove: true, atLeast: 0 },
  ];
}

/**
 * The finished .docx: `bytes` from the docx library with its parts edited,
 * every XML part checked well-formed (verify.ts), zipped again.
 * `keepStyles`: the style ids the document and its footers, footnotes and endnotes use.
 */
export function finishDocx(bytes: Uint8Array, fonts: FontSet, keepStyles: ReadonlySet<string>): Uint8Array {
  const parts = unzipSync(bytes);
  const edit = (name: string, edits: XmlEdit[]) => {
    const xml = parts[name];
    if (!xml) throw new Error(`the docx library wrote no ${name}`);
    try {
      parts[name] = strToU8(editXml(strFromU8(xml), edits));
    } catch (e) {
      if (!(e instanceof XmlEditError)) throw e;
      throw new ExportCheckError(`生成的 Word 文档有误：无法调整其中的 ${name}（${e.message.split('\n')[0].slice(0, 120)}），已停止导出`);
    }
  };
  parts['word/fontTable.xml'] = strToU8(fontTableXml(fonts));
  edit('word/settings.xml', SETTINGS_EDITS);
  edit('word/styles.xml', styleEdits(keepStyles));
  verifyParts(parts);
  // level 1: a few kilobytes larger than 6, in half the time (export_ms)
  return zipSync(parts, { level: 1 });
}
