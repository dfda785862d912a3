// Text rules run on every keystroke, but the narrative rarely changes between
// two runs: remember what was derived from a report's three parts, keyed by the
// report object and checked against the very same strings (=== on unchanged
// strings is a pointer compare).
import { NARRATIVE_KEYS } from './narrativeKeys';
import type { Report } from '../report';

type Parts = Report['parts'];

export function memoByParts<T>(derive: (parts: Parts) => T): (r: Report) => T {
  const cache = new WeakMap<object, { texts: string[]; value: T }>();
  return (r) => {
    const hit = cache.get(r);
    if (hit && NARRATIVE_KEYS.every((k, i) => hit.texts[i] === r.parts[k])) return hit.value;
    const value = derive(r.parts);
    cache.set(r, { texts: NARRATIVE_KEYS.map((k) => r.parts[k]), value });
    return value;
  };
}
