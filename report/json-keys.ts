// Two things JSON.parse does not say about a text, found in one linear pass
// (a stack of the open objects and arrays, with the keys seen in each object):
// - a key written twice in one object: JSON.parse keeps the last without a
//   word; a report with two "table3" or two "1" keys is ambiguous, so refused;
// - nesting far deeper than any report: JSON.parse takes about 10 s on 10 MB of
//   "[[[[…", so the pass runs before it and stops at the first level too deep.
// The pass tolerates text that is not JSON: JSON.parse then says what is wrong.

export interface DuplicateKey {
  /** the path of the object holding the key (empty: the top level) */
  path: (string | number)[];
  key: string;
  /** 1-based line of the second occurrence */
  line: number;
}

interface Open {
  keys: Set<string> | null; // null for an array
  expectKey: boolean;
  lastKey: string;
  index: number;
  via: string | number | undefined; // this container's key or index in its parent
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export interface JsonScan {
  duplicate: DuplicateKey | null;
  /** the line where nesting first went deeper than `maxDepth` (the pass stops there) */
  tooDeep: { line: number } | null;
}

export function scanJson(text: string, maxDepth: number): JsonScan {
  const stack: Open[] = [];
  let duplicate: DuplicateKey | null = null;
  let line = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    switch (c) {
      case 0x0a: // \n cannot occur inside a JSON string, so this counts every line
        line++;
        break;
      case QUOTE: {
        const j = stringEnd(text, i);
        if (top?.keys && top.expectKey) {
          const raw = text.slice(i + 1, j);
          // "\u0031" and "1" are the same key
          const key = raw.includes('\\') ? decoded(text.slice(i, j + 1)) : raw;
          if (top.keys.has(key)) duplicate ??= { path: stack.slice(1).map((o) => o.via!), key, line };
          top.keys.add(key);
          top.lastKey = key;
        }
        i = j;
        break;
      }
      case 0x7b: // {
      case 0x5b: // [
        if (stack.length >= maxDepth) return { duplicate, tooDeep: { line } };
        stack.push({
          keys: c === 0x7b ? new Set() : null,
          expectKey: c === 0x7b,
          lastKey: '',
          index: 0,
          via: top ? (top.keys ? top.lastKey : top.index) : undefined,
        });
        break;
      case 0x7d: // }
      case 0x5d: // ]
        stack.pop();
        break;
      case 0x3a: // :
        if (top) top.expectKey = false;
        break;
      case 0x2c: // ,
        if (top?.keys) top.expectKey = true;
        else if (top) top.index++;
        break;
    }
  }
  return { duplicate, tooDeep: null };
}

function decoded(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted; // not JSON: JSON.parse of the whole text reports it
  }
}

/** The index of the quote that closes the string opening at `open` (native search, then the escapes before it). */
function stringEnd(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return text.length;
    let b = q - 1;
    while (b > open && text.charCodeAt(b) === BACKSLASH) b--;
    if ((q - 1 - b) % 2 === 0) return q; // an even run of backslashes escapes none of the quote
    from = q + 1;
  }
}
