// Copied text breaks paragraphs at page ends (a blank line in the copy): the
// pieces are joined again until one ends a sentence. Linear in the text: a
// paragraph being joined keeps its pieces, its length and its last characters,
// and is joined once at the end (testing the joined text after every piece
// was quadratic: 800,000 characters took 25 s).
import { CLOSING_RE } from './closing';
import { NUMBERED, partOfHeading } from './labels';

/** A piece ending so is complete; anything else was cut by a page break and continues in the next piece. */
const COMPLETE_RE = /([。！？；：…!?;:”’」』]|[。！？.!?][）)])$/; // matches at most the last 2 characters
const NUMERALS = '一二三四五六七八九十';

/** A paragraph being joined from pieces. */
class Joined {
  readonly pieces: string[] = [];
  length = 0;
  /** its last two characters: all COMPLETE_RE and the comma test look at */
  tail = '';
  /** how far its start is read as NUMBERED (^\s*[（(][一…十]+[）)]): each character is read once */
  private state: 'space' | 'open' | 'numeral' | 'yes' | 'no' = 'space';

  constructor(piece: string) {
    this.add(piece);
  }

  add(piece: string): void {
    this.pieces.push(piece);
    this.length += piece.length;
    this.tail = piece.length >= 2 ? piece.slice(-2) : (this.tail + piece).slice(-2);
    for (let i = 0; i < piece.length && (this.state === 'space' || this.state === 'open' || this.state === 'numeral'); i++) this.read(piece[i]);
  }

  private read(ch: string): void {
    const numeral = NUMERALS.includes(ch);
    if (this.state === 'space') this.state = /\s/.test(ch) ? 'space' : ch === '（' || ch === '(' ? 'open' : 'no';
    else if (this.state === 'open') this.state = numeral ? 'numeral' : 'no';
    else this.state = numeral ? 'numeral' : ch === '）' || ch === ')' ? 'yes' : 'no';
  }

  /** NUMBERED.test(the joined text) */
  get numbered(): boolean {
    return this.state === 'yes';
  }
}

/** Rejoin the pieces of paragraphs that a page break (a blank line in the copy) cut in two. */
export function rejoin(pieces: readonly string[]): string[] {
  const out: Joined[] = [];
  let open = false; // the last paragraph is unfinished
  for (const p of pieces) {
    const starts = NUMBERED.test(p) || CLOSING_RE.test(p) || partOfHeading(p) !== undefined;
    if (open && !starts) out[out.length - 1].add(p);
    else out.push(new Joined(p));
    const last = out[out.length - 1];
    // a short numbered line without a trailing comma is a heading, complete as it stands
    const heading = last.numbered && (last.length <= 40 || !/[，、]$/.test(last.tail));
    open = !heading && !COMPLETE_RE.test(last.tail);
  }
  return out.map((j) => j.pieces.join(''));
}
