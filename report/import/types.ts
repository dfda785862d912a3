// What an importer returns: the report, and every place it could not read.
import type { Report } from '../report';

export interface ImportProblem {
  /** where: a table row, a cell, a part, e.g. { table: 'table3', row: '3.3.2', col: 4 } or { part: 'problems' } */
  table?: string;
  row?: string;
  col?: number;
  part?: string;
  /** the figures of a row that could not be placed, in the order read: the preview shows them beside the row for the clerk to place */
  values?: (number | null)[];
  /** another reading of table 三 the clerk may choose in the preview (the header and the arithmetic disagree) */
  alternative?: Report['table3'];
  /** Chinese, says what was found and what was done with it (e.g. read as blank) */
  message: string;
}

/** Where the agency or the year was read from: the preview shows it, and asks when it is none or they disagree. */
export type OriginFrom = 'title' | 'preamble' | 'author' | 'signature' | 'opening' | 'text' | 'file-name' | 'none';
export interface Origin {
  from: OriginFrom;
  /** the words it was read from (the title, the 落款 …) */
  text?: string;
}
export interface ReportOrigin {
  unit: Origin;
  year: Origin;
  /** other names or years the document gives: the clerk chooses */
  others?: { unit?: string[]; year?: number[] };
}

export interface ImportResult {
  report: Report;
  problems: ImportProblem[];
  origin?: ReportOrigin;
}

/** The input cannot be read at all (wrong kind of file, hostile, broken): nothing is imported. */
export class ImportError extends Error {
  /** `cause`: the error of a parser that failed unforeseen (a bug to fix), wrapped so the user still reads one clear message */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImportError';
  }
}
