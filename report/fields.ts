// The report's text fields and the identity of a place (a cell, a part, the
// whole report) that a finding or an explanation is about, defined once.
import type { NarrativeKey } from './format';
import type { Explanation, Report } from './report';

/** The narrative parts 一, 五, 六, keyed as in report.json's `parts`. */
export const NARRATIVE_FIELDS: readonly NarrativeKey[] = ['overview', 'problems', 'other'];

/** Every text of a report a person writes, in document order. */
export const TEXT_FIELDS = ['title', 'preamble', 'overview', 'problems', 'other', 'closing'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export function isNarrative(field: TextField): field is NarrativeKey {
  return (NARRATIVE_FIELDS as readonly string[]).includes(field);
}

/** The text of one field ('' when absent). */
export function textOf(r: Report, field: TextField): string {
  if (isNarrative(field)) return r.parts[field] ?? '';
  return r[field] ?? '';
}

/** A copy of the report with one text changed (the rest shared, not copied). */
export function withText(r: Report, field: TextField, text: string): Report {
  if (isNarrative(field)) return { ...r, parts: { ...r.parts, [field]: text } };
  return { ...r, [field]: text };
}

/** What names the place of a finding or an explanation: the rule and the cell or part it is about. */
export interface Place {
  rule: string;
  table?: string;
  row?: string;
  col?: number;
  part?: string;
}

/** The place as one unique string: explanations are stored under it and findings matched to them by it. */
export function placeKey(p: Place): string {
  return JSON.stringify([p.rule, p.table ?? null, p.row ?? null, p.col ?? null, p.part ?? null]);
}

export function samePlace(a: Place, b: Place): boolean {
  return placeKey(a) === placeKey(b);
}

/** The place of an explanation (its text dropped). */
export function placeOf(e: Explanation | Place): Place {
  const { rule, table, row, col, part } = e;
  return {
    rule,
    ...(table !== undefined ? { table } : {}),
    ...(row !== undefined ? { row } : {}),
    ...(col !== undefined ? { col } : {}),
    ...(part !== undefined ? { part } : {}),
  };
}
