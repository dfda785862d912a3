// Import speed of .docx files as Word and WPS write them (test/fixtures/import):
// import_word_features_ms: runs wrapped every way, list numbering, the 小计 column;
// import_wps_layout_ms: the whole report inside a one-cell layout table.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importReport } from '../../report/import/index';
import { medianMs } from './median';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import');

export default async (): Promise<Record<string, number>> => {
  const word = readFileSync(path.join(fixtures, 'word-features.docx'));
  const wps = readFileSync(path.join(fixtures, 'wps-layout.docx'));
  return {
    import_word_features_ms: await medianMs(() => importReport(word, 'word-features.docx'), 60),
    import_wps_layout_ms: await medianMs(() => importReport(wps, 'wps-layout.docx'), 60),
  };
};
