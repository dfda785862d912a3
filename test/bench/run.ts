// npm run bench: runs every test/bench/*.bench.ts and prints, as the last line,
// one JSON object of their medians (ms). Each bench file default-exports
// `async () => Record<string, number>`.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
const result: Record<string, number> = {};
for (const f of files) {
  const mod = await import(pathToFileURL(path.join(dir, f)).href);
  const values: Record<string, number> = await mod.default();
  for (const [k, v] of Object.entries(values)) {
    result[k] = Math.round(v * 1000) / 1000;
    console.log(`${f}: ${k} = ${result[k]} ms`);
  }
}
console.log(JSON.stringify(result));
