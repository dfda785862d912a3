// A bounded seeded fuzz of the importers: a few hundred mutations of the
// seed's .txt and .docx (bytes flipped, cut, repeated; XML elements and
// attributes of document.xml, styles.xml, numbering.xml and the .rels parts
// duplicated, dropped or given hostile values). Every case ends in an import
// or one clear Chinese refusal (an ImportError, never a TypeError or
// RangeError), in bounded memory. The seed makes each failure reproducible:
// the case's name gives its number.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importReport, ImportError } from '../../../../report/import/index';
import { mulberry32 } from '../../../fixtures/random';
import { numberedDocx, seedDocx, seedText } from '../../../bench/import-files';

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const int = (rng: Rng, n: number) => Math.floor(rng() * n);

/** Values a hostile file puts where a number, a name or a text belongs. */
const HOSTILE_VALUES = ['400000000', '-1', '1.5', '9', '1e300', 'NaN', '', '0x10', '99999999999999999999', '%9', '../../x', '/', '\u202e', '\ud800'];
const HOSTILE_TEXT = ['\t'.repeat(300), '|'.repeat(300), ' '.repeat(5000) + 'x', '（一）'.repeat(200), '本年新制作数量', '数量', '\ufffe\uffff', '\u0000\u0001', '\r', '１２３', '—', '1 '.repeat(900), '一、总体情况', '表三'];
const HOSTILE_XML = [
  '<w:p><w:pPr><w:numPr><w:ilvl w:val="400000000"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>',
  '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="-5"/><w:vMerge/></w:tcPr></w:tc></w:tr></w:tbl>',
  '<w:tbl>'.repeat(40),
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'.repeat(50),
  '<w:lvl w:ilvl="400000000"><w:lvlText w:val="%9%1"/></w:lvl>',
  '<w:lvlOverride w:ilvl="99999999"><w:startOverride w:val="-3"/></w:lvlOverride>',
  '<w:style w:styleId="x"><w:pPr><w:numPr><w:ilvl w:val="88888888"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
  '<Relationship Type="x/officeDocument" Target="../../../etc/passwd"/>',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '&a;',
  '<w:altChunk r:id="x"/>',
  '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>',
];

/** Mutate text: replace an attribute value, duplicate or drop a span, insert something hostile. */
function mutateText(rng: Rng, s: string, xml: boolean): string {
  const at = int(rng, s.length + 1);
  const len = int(rng, Math.min(2000, s.length - at + 1));
  switch (int(rng, xml ? 6 : 5)) {
    case 0:
      return s.slice(0, at) + s.slice(at + len); // drop a span
    case 1:
      return s.slice(0, at + len) + s.slice(at, at + len).repeat(1 + int(rng, 50)) + s.slice(at + len); // repeat a span
    case 2:
      return s.slice(0, at) + pick(rng, HOSTILE_TEXT) + s.slice(at);
    case 3:
      return s.slice(0, at); // cut short
    case 4: {
      const lines = s.split('\n');
      const i = int(rng, lines.length);
      const j = int(rng, lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    default: {
      // XML: a hostile element at a tag boundary, or an attribute given a hostile value
      if (rng() < 0.5) {
        const gt = s.indexOf('>', at);
        return gt < 0 ? s + pick(rng, HOSTILE_XML) : s.slice(0, gt + 1) + pick(rng, HOSTILE_XML) + s.slice(gt + 1);
      }
      const q = s.indexOf('="', at);
      const end = q < 0 ? -1 : s.indexOf('"', q + 2);
      return end < 0 ? s : s.slice(0, q + 2) + pick(rng, HOSTILE_VALUES) + s.slice(end);
    }
  }
}

/** Mutate bytes: flip some, cut, or repeat a slice. */
function mutateBytes(rng: Rng, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b); // a copy (a Buffer's slice would share the seed)
  switch (int(rng, 3)) {
    case 0:
      for (let k = 1 + int(rng, 20); k > 0; k--) out[int(rng, out.length)] = int(rng, 256);
      return out;
    case 1:
      return out.slice(0, int(rng, out.length));
    default: {
      const at = int(rng, out.length);
      const slice = out.slice(at, at + int(rng, 4096));
      return new Uint8Array([...out.slice(0, at), ...slice, ...slice, ...out.slice(at)]);
    }
  }
}

const PARTS = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', '_rels/.rels', 'word/_rels/document.xml.rels', '[Content_Types].xml'];

function mutateDocx(rng: Rng, docx: Uint8Array): Uint8Array {
  if (rng() < 0.2) return mutateBytes(rng, docx);
  const files = unzipSync(docx);
  for (let k = 1 + int(rng, 3); k > 0; k--) {
    const name = pick(rng, PARTS.filter((p) => files[p]));
    files[name] = strToU8(mutateText(rng, strFromU8(files[name]), true));
  }
  return zipSync(files, { level: 1 });
}

async function expectImportOrRefusal(bytes: Uint8Array, name: string): Promise<'imported' | 'refused'> {
  try {
    const { report, problems } = await importReport(bytes, name);
    expect(typeof report.unit).toBe('string');
    expect(Number.isInteger(report.year)).toBe(true);
    for (const p of problems) expect(typeof p.message).toBe('string');
    return 'imported';
  } catch (e) {
    // a TypeError or RangeError here is a crash the importer let through
    expect(e, `${name}: ${String((e as Error)?.stack)}`).toBeInstanceOf(ImportError);
    // a refusal the importer meant, not a TypeError or RangeError it wrapped
    const cause = (e as Error).cause as Error | undefined;
    expect(cause, `${name}: ${String(cause?.stack)}`).toBeUndefined();
    expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/);
    expect((e as Error).message).not.toMatch(/[\n\r]/);
    return 'refused';
  }
}

const CASES = 150;

describe('seeded fuzz of the importers', () => {
  const peak = () => process.resourceUsage().maxRSS / 1024;

  it(`${CASES} mutations of the seed's .txt: each imports or is refused clearly`, async () => {
    const rng = mulberry32(20240610);
    const seed = seedText();
    const ends = { imported: 0, refused: 0 };
    const before = peak();
    for (let i = 0; i < CASES; i++) {
      let text = seed;
      for (let k = 1 + int(rng, 3); k > 0; k--) text = mutateText(rng, text, false);
      const bytes = rng() < 0.2 ? mutateBytes(rng, new TextEncoder().encode(text)) : new TextEncoder().encode(text);
      ends[await expectImportOrRefusal(bytes, `case-${i}.txt`)]++;
    }
    // the mutations must exercise both ends, or the fuzz tests nothing
    expect(ends.imported).toBeGreaterThan(CASES / 4);
    expect(peak() - before).toBeLessThan(200);
  }, 30_000);

  it(`${CASES} mutations of the seed's .docx and of a numbered Word file: each imports or is refused clearly`, async () => {
    const rng = mulberry32(977);
    const seeds = [seedDocx(), numberedDocx()];
    const ends = { imported: 0, refused: 0 };
    const before = peak();
    for (let i = 0; i < CASES; i++) ends[await expectImportOrRefusal(mutateDocx(rng, seeds[i % 2]), `case-${i}.docx`)]++;
    expect(ends.imported).toBeGreaterThan(CASES / 4);
    expect(ends.refused).toBeGreaterThan(0);
    expect(peak() - before).toBeLessThan(200);
  }, 30_000);
});
