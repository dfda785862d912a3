// import_batch_20_ms: 导入往年报告 of a folder of twenty past-year files through
// the api (importPastFiles) with the real job process and a fresh real archive
// each run: the three real published PDFs of test/fixtures/import/real and
// seventeen Word files of other agencies' past years. Target ≤ 3,000 ms.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs build script without types
import { buildJobWorker } from '../../build/build-electron.mjs';
import { createApi } from '../../electron/api';
import { openArchive } from '../../electron/archive/index';
import { createWorkerRunner } from '../../electron/jobs/runner';
import { EXPORTERS } from '../../report/export/index';
import { completeReport } from '../fixtures/archive/reports';

const here = path.dirname(fileURLToPath(import.meta.url));
const REAL = path.resolve(here, '../fixtures/import/real');

export default async function importBatchBench(): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-batch-'));
  const jobs = createWorkerRunner({ workerFile: await buildJobWorker(path.join(dir, 'job-worker.cjs')) });
  try {
    const folder = path.join(dir, '往年报告');
    mkdirSync(folder);
    for (const f of ['hongze-district-2023.pdf', 'hongze-district-2024.pdf', 'huaian-city-2024.pdf']) copyFileSync(path.join(REAL, f), path.join(folder, f));
    for (let i = 0; i < 17; i++) {
      const agency = `某县第${i + 1}局`;
      const year = 2021 + (i % 4);
      writeFileSync(path.join(folder, `${agency}${year}年政府信息公开工作年度报告.docx`), (await EXPORTERS.docx.write(completeReport(agency, year))) as Uint8Array);
    }
    const times: number[] = [];
    for (let run = 0; run < 4; run++) {
      const archive = openArchive(path.join(dir, `a${run}.sqlite`));
      const api = createApi({
        archive,
        jobs,
        dialogs: { openFile: async () => null, saveFile: async () => null, chooseFolder: async () => folder },
        shell: { showInFolder() {} },
        settingsFile: path.join(dir, 'settings.json'),
        version: 'bench',
      });
      const t0 = performance.now();
      const r = await api.importPastFiles('folder');
      times.push(performance.now() - t0);
      archive.close();
      const imported = r!.lines.filter((l) => l.outcome === 'imported').length;
      if (imported !== 20) throw new Error(`imported ${imported} of 20: ${r!.lines.find((l) => l.outcome !== 'imported')?.message}`);
    }
    const warm = times.slice(1).sort((a, b) => a - b); // the first run starts the job process's code cold
    return { import_batch_20_ms: warm[Math.floor(warm.length / 2)] };
  } finally {
    await jobs.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
