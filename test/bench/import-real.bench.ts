// Import speed on real published reports as web pages give them (test/fixtures/real):
// import_real_all_ms: all of them, one after another (the refused ones included);
// import_seed_cellperline_ms: the seed report with every table cell on its own line ending in |.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importReport } from '../../report/import/index';
import { medianMs } from './median';

const here = path.dirname(fileURLToPath(import.meta.url));
const real = path.resolve(here, '../fixtures/real');

export default async (): Promise<Record<string, number>> => {
  const files = readdirSync(real)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(path.join(real, f))] as const);
  const seed = readFileSync(path.resolve(here, '../fixtures/shared/seeds/000_68281a0ece325528.txt'), 'utf8');
  let inTable = false;
  const cellPerLine = seed
    .split('\n')
    .flatMap((l) => {
      if (/^[二三四五六]、/.test(l) && !l.includes('\t')) inTable = /^[二三四]、/.test(l);
      return inTable && l.includes('\t') ? l.split('\t').map((c) => (c.trim() ? `${c.trim()} |` : '|')) : [l];
    })
    .join('\n');
  const bytes = new TextEncoder().encode(cellPerLine);
  return {
    import_real_all_ms: await medianMs(async () => {
      for (const [name, b] of files) await importReport(b, name).catch(() => undefined);
    }, 60),
    import_seed_cellperline_ms: await medianMs(() => importReport(bytes, 'seed.txt'), 100),
  };
};
