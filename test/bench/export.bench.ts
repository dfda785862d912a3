// export_ms: median time to produce the seed report's .docx in memory.
import { exportDocx } from '../../report/docx/index';
import { seedReport } from '../fixtures/docx/reports';
import { medianMs } from './median';

export default async (): Promise<Record<string, number>> => {
  const report = seedReport();
  return { export_ms: await medianMs(() => exportDocx(report), 60, 10) };
};
