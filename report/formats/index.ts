// Every edition of the official format the program reads, by `edition`.
//
// How the format changes (see report/upgrade.ts):
// - a row added to an edition: add it to that edition's data, raise its
//   schemaVersion, and add an UpgradeStep naming the row in `addedRows`; files
//   and stored reports of the older shape then read with blank cells there.
//   Add an archive migration too (even one without SQL) so that an older
//   program refuses the archive instead of meeting rows it does not know.
// - a new edition: a new ReportFormat value here, plus, for the archive to
//   hold it, a migration giving stored reports an edition column (2019: 006).
import { FORMAT_2019 } from './2019';
import { FORMAT_2021 } from './2021';
import type { ReportFormat } from './types';

export type Edition = '2021' | '2019';
/** The editions, newest first (the default for a new report is the first). */
export const EDITIONS: readonly Edition[] = ['2021', '2019'];

/** Editions by name. Typed as plain ReportFormat: code that reads a report's shape must not assume one edition. */
export type Formats = Readonly<Record<string, ReportFormat>>;

export const FORMATS: Readonly<Record<Edition, ReportFormat>> = { '2021': FORMAT_2021, '2019': FORMAT_2019 };

/** The edition whose years hold `year` (2019–2020: 2019; else 2021): the layout a report of that year was issued in. */
export function editionForYear(year: number): Edition {
  return EDITIONS.find((e) => {
    const y = FORMATS[e].years;
    return year >= y.from && (y.to === undefined || year <= y.to);
  }) ?? '2021';
}

/** The edition a report names, from `formats` (the program's own unless a test passes others). */
export function formatOf(report: { edition: string }, formats: Formats = FORMATS): ReportFormat {
  const f = Object.hasOwn(formats, report.edition) ? formats[report.edition] : undefined;
  if (!f) throw new Error(`不支持的报告格式版本 edition=${JSON.stringify(report.edition)}`);
  return f;
}

export { FORMAT_2019, FORMAT_2021 };
export * from './types';
