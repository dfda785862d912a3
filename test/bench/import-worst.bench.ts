// import_worst_ms: the slowest accepted import of a generated maximal file
// (each just inside one of the limits of report/import/limits.ts, inside all
// the others), target ≤ 2,000 ms. Every import the app accepts costs at most this.
import { importReport } from '../../report/import/index';
import { maximalDocxs, maximalTexts } from './import-files';
import { medianMs } from './median';

export default async (): Promise<Record<string, number>> => {
  const files = [
    ...Object.entries(maximalTexts()).map(([name, bytes]) => ({ name: `${name}.txt`, bytes })),
    ...Object.entries(maximalDocxs()).map(([name, bytes]) => ({ name: `${name}.docx`, bytes })),
  ];
  let worst = 0;
  for (const f of files) {
    await importReport(f.bytes, f.name); // refused would throw: a maximal file must be accepted
    worst = Math.max(worst, await medianMs(() => importReport(f.bytes, f.name), 3, 1));
  }
  return { import_worst_ms: worst };
};
