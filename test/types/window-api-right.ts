// MUST COMPILE (test/unit/electron/contract-types.test.ts checks it): the same functions
// called correctly, and their answers typed (not `any`).
import { api } from '../../renderer/src/api';

export async function rightCalls(): Promise<number> {
  const summary = await api().setCell(1, { table: 'table3', row: '1', col: 0 }, 12);
  await api().setCell(1, { table: 'table2', row: 'feesWanYuan' }, null);
  await api().setText(1, 'overview', '2024年，本局主动公开政府信息。');
  await api().createReport({ agencyId: 1, year: 2024, from: 'previous' });
  await api().listReports();
  await api().restoreBackup();
  const hits = await api().search('主动公开');
  await api().exportReport(1, { format: 'docx', fonts: 'windows' });
  // @ts-expect-error the answer is a ReportSummary: errors is a number, not a string
  const wrong: string = summary.errors;
  return summary.errors + hits.length + wrong.length;
}
