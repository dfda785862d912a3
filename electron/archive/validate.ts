// The archive does not trust its callers: every argument is checked here, before
// anything is read or written, with the SAME schemas the api's contract uses
// (electron/contract-schemas.ts), so one wrong argument gives one Chinese
// message whether it came over IPC or straight to the archive.
import { z } from 'zod';
import type { CellAddress } from '../../report/format';
import type { Cell, Explanation, Report } from '../../report/report';
import { parseZh } from '../contract-messages';
import * as s from '../contract-schemas';
import { invalid } from './errors';

export { MAX_TEXT, MAX_UNIT, MAX_YEAR, MIN_YEAR } from '../contract-schemas';

export const schemas = {
  id: s.id,
  year: s.year,
  level: s.level,
  from: s.from,
  field: s.textField,
  text: s.text,
  reason: s.reason,
  query: s.query,
  limit: s.limit,
  address: s.cellAddress,
  explanationPlace: s.explanationPlace,
  explanation: s.explanation,
  agency: s.agencyInput,
  agencyDetails: s.agencyDetails,
  listOptions: s.listOptions,
  createInput: s.createInput,
  importOptions: s.importOptions,
  importedReport: s.importedReport,
  publication: s.publication,
  finaliseOptions: s.finaliseOptions,
};

export function check<K extends keyof typeof schemas>(kind: K, value: unknown): z.output<(typeof schemas)[K]> {
  const r = parseZh(schemas[kind], value);
  if (!r.ok) throw invalid(r.message);
  return r.value as z.output<(typeof schemas)[K]>;
}

/** (address, value) as setCell's contract checks them: the value refused by the same cell check. */
const cellEdit = z.tuple([s.cellAddress, s.cellValue]).superRefine((t, ctx) => s.refineCell(t, ctx, 0, 1));

/** A cell address that names a real cell, and a value that cell can hold. */
export function checkCell(address: unknown, value: unknown): { address: CellAddress; value: Cell } {
  const r = parseZh(cellEdit, [address, value]);
  if (!r.ok) throw invalid(r.message);
  const [a, v] = r.value;
  // -0 stored as 0, as normalizeCell gives it
  return { address: a, value: v === 0 ? 0 : v };
}

export function checkExplanation(e: unknown): Explanation {
  return check('explanation', e);
}

/** A report to import: interchange schema v1, in the archive's year range, nothing an edit would refuse. */
export function checkImport(report: unknown): Report {
  return check('importedReport', report);
}
