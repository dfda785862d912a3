// Labels typed with a character or two wrong (2.其他法律行政止公开 for
// 2.其他法律行政法规禁止公开): the one official label within a few edits (one
// for short labels, two, three for labels of 12 characters and more), never a
// guess between two. Bounded: short cells only, and every comparison stops as
// soon as it is past three edits.
const MAX_LENGTH = 60;

/** Edit distance of a and b, or 4 when it is more than 3. */
export function editsUpTo3(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 4;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > 3) return 4;
    prev = row;
  }
  return Math.min(prev[b.length], 4);
}

/** The one key of `keys` nearest to `key`, within the edits its length allows. */
export function nearKey(key: string, keys: Iterable<string>): string | undefined {
  if (key.length < 5 || key.length > MAX_LENGTH) return undefined;
  let hit: string | undefined;
  let hitEdits = 4;
  let tie = false;
  for (const k of keys) {
    if (k.length < 5) continue;
    const n = k.length; // the official label's length decides how many slips it tolerates
    const allowed = n < 8 ? 1 : n < 12 ? 2 : 3;
    const e = editsUpTo3(key, k);
    if (e === 0 || e > allowed) continue;
    if (e < hitEdits) [hit, hitEdits, tie] = [k, e, false];
    else if (e === hitEdits) tie = true;
  }
  return tie ? undefined : hit;
}
