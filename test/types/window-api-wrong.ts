// MUST NOT COMPILE (test/unit/electron/contract-types.test.ts checks it, with the
// renderer's compiler options): each line marked `// error` passes a wrong
// argument to a window.api function, as a page might by mistake.
import { api } from '../../renderer/src/api';

export async function wrongCalls(): Promise<void> {
  await api().setCell('not-an-id', { tabel: 'table9' }, 'twelve'); // error
  await api().setCell(1, { table: 'table9', row: '1', col: 0 }, 3); // error
  await api().setText(1, 'secrets', '正文'); // error
  await api().createReport({ agencyId: 1, year: 2024, from: 'copy' }); // error
  await api().search(42); // error
  await api().exportReport(1, { format: 'pdf' }); // error
  await api().saveAgency({ name: '某局', level: 'county' }); // error
  await api().reopen(1); // error
}
