// CI runs the tests in a fresh clone elsewhere: no test may read files outside
// the checkout (the seed files it needs are copied into test/fixtures/shared).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const TEST_DIR = path.resolve(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'output' || name === 'shared' ? [] : sources(p);
    return /\.(ts|mjs|js)$/.test(name) ? [p] : [];
  });
}

it('no test or fixture script reads the shared spec folder beside the checkout or an absolute /work path', () => {
  const ROOT = path.resolve(TEST_DIR, '..');
  const offenders = sources(TEST_DIR).filter((f) => {
    const text = readFileSync(f, 'utf8');
    // a relative path to a shared/ folder, taken from the file's own folder, must stay inside the checkout
    const outside = [...text.matchAll(/['"`]((?:\.\.\/)+shared\/[^'"`]*)/g)].some(
      (m) => !path.resolve(path.dirname(f), m[1]).startsWith(ROOT + path.sep),
    );
    return outside || /['"`]\/work\//.test(text);
  });
  expect(offenders.map((f) => path.relative(TEST_DIR, f))).toEqual([]);
});
