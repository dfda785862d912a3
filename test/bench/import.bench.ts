// Import speed for the seed report: the copied text, and the .docx this project exports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDocx } from '../../report/docx/index';
import { importReport } from '../../report/import/index';
import { parseReportJson } from '../../report/json';
import { medianMs } from './median';

const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/shared');

export default async (): Promise<Record<string, number>> => {
  const txt = readFileSync(path.join(shared, 'seeds/000_68281a0ece325528.txt'));
  const docx = await exportDocx(parseReportJson(readFileSync(path.join(shared, 'spec/seed-report.json'), 'utf8')));
  return {
    import_txt_ms: await medianMs(() => importReport(txt, 'seed.txt'), 100),
    import_docx_ms: await medianMs(() => importReport(docx, 'seed.docx'), 100),
  };
};
