// The reports table and its texts and explanations: reading a whole Report and
// writing it back, in the shape of interchange schema v1.
import type Database from 'better-sqlite3';
import { FORMATS, FORMAT_ID, defaultTitle, formatOf, type Formats, type Level, type ReportFormat } from '../../report/format';
import { upgrade } from '../../report/upgrade';
import type { Cell, Explanation, Report } from '../../report/report';
import { TEXT_FIELDS, placeKey, type TextField } from '../../report/fields';
import type { ReportStatus, ReportSummary } from './types';

export interface ReportRow {
  id: number;
  agency_id: number;
  agency_name: string;
  year: number;
  unit: string;
  level: Level;
  /** the edition of the format (migration 6) */
  edition: string;
  status: ReportStatus;
  tables: string;
  in_force_hint: string | null;
  errors: number;
  warnings: number;
  /** of the warnings, how many are answered with a 审核说明 (migration 4) */
  explained: number;
  /** of the warnings, how many are blank cells (errors at 定稿) */
  blanks: number;
  /** set when the report is 已发布 (a publications row, migration 4) */
  published: 0 | 1 | null;
  published_on: string | null;
  url: string | null;
  updated_at: string;
  last_revision_at: string;
  deleted_at: string | null;
}

export type SummaryRow = Pick<ReportRow, 'id' | 'agency_id' | 'agency_name' | 'level' | 'year' | 'status' | 'errors' | 'warnings' | 'updated_at' | 'deleted_at'> &
  Partial<Pick<ReportRow, 'explained' | 'blanks' | 'published' | 'published_on' | 'url'>>;

/** the columns a summary adds to a report row: p is the publications row */
const PUBLICATION_COLUMNS = 'p.report_id IS NOT NULL AS published, p.published_on, p.url';

export type InForceHint = { rules: Cell; normativeDocuments: Cell };

const SELECT_ROW = `SELECT r.*, a.name AS agency_name, d.tables, d.in_force_hint, ${PUBLICATION_COLUMNS}
  FROM reports r JOIN agencies a ON a.id = r.agency_id JOIN report_tables d ON d.report_id = r.id
  LEFT JOIN publications p ON p.report_id = r.id`;

/**
 * The stored form of a report's tables, stamped with the schemaVersion of their
 * shape so that load() can upgrade them when the format gains a row (rows
 * written before the stamp are version 1).
 */
export function tablesJson(r: Report, format: ReportFormat = formatOf(r)): string {
  return JSON.stringify({
    schemaVersion: format.schemaVersion,
    table2: r.table2,
    table3: Object.fromEntries(format.table3.rows.map(({ key }) => [key, r.table3[key]])),
    table4: r.table4,
  });
}

export function toSummary(row: SummaryRow): ReportSummary {
  return {
    id: row.id,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    level: row.level,
    year: row.year,
    status: row.status,
    errors: row.errors,
    warnings: row.warnings,
    explained: row.explained ?? 0,
    blanks: row.blanks ?? 0,
    publication: row.published ? { date: row.published_on ?? null, url: row.url ?? null } : null,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export class ReportStore {
  private readonly q;
  /** `formats`: the editions to read stored reports in; the program's own unless a test passes a changed one */
  constructor(
    private readonly db: Database.Database,
    private readonly formats: Formats = FORMATS,
  ) {
    this.q = {
      row: db.prepare(`${SELECT_ROW} WHERE r.id = ?`),
      byAgencyYear: db.prepare(`${SELECT_ROW} WHERE r.agency_id = ? AND r.year = ?`),
      texts: db.prepare('SELECT field, text FROM texts WHERE report_id = ?'),
      explanations: db.prepare('SELECT rule, tbl, row, col, part, text FROM explanations WHERE report_id = ? ORDER BY id'),
      insert: db.prepare(
        `INSERT INTO reports (agency_id, year, unit, level, edition, created_at, updated_at, last_revision_at)
         VALUES (@agencyId, @year, @unit, @level, @edition, @now, @now, @now)`,
      ),
      insertTables: db.prepare('INSERT INTO report_tables (report_id, tables, in_force_hint) VALUES (?, ?, ?)'),
      content: db.prepare('UPDATE reports SET unit = ?, level = ?, updated_at = ? WHERE id = ?'),
      edition: db.prepare('UPDATE reports SET edition = ? WHERE id = ? AND edition IS NOT ?'),
      tables: db.prepare('UPDATE report_tables SET tables = ? WHERE report_id = ?'),
      touch: db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?'),
      counts: db.prepare('UPDATE reports SET errors = ?, warnings = ?, explained = ?, blanks = ?, rules_version = ? WHERE id = ?'),
      publish: db.prepare(
        `INSERT INTO publications (report_id, published_on, url) VALUES (?, ?, ?)
         ON CONFLICT (report_id) DO UPDATE SET published_on = excluded.published_on, url = excluded.url`,
      ),
      status: db.prepare('UPDATE reports SET status = ?, updated_at = ? WHERE id = ?'),
      deleted: db.prepare('UPDATE reports SET deleted_at = ? WHERE id = ?'),
      revisedAt: db.prepare('UPDATE reports SET last_revision_at = ? WHERE id = ?'),
      upsertText: db.prepare(
        'INSERT INTO texts (report_id, field, text) VALUES (?, ?, ?) ON CONFLICT (report_id, field) DO UPDATE SET text = excluded.text WHERE text IS NOT excluded.text',
      ),
      upsertExplanation: db.prepare(
        `INSERT INTO explanations (report_id, place, rule, tbl, row, col, part, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (report_id, place) DO UPDATE SET text = excluded.text`,
      ),
      deleteExplanation: db.prepare('DELETE FROM explanations WHERE report_id = ? AND place = ?'),
      deleteExplanations: db.prepare('DELETE FROM explanations WHERE report_id = ?'),
      // only the summary columns: the tables JSON of 2000 reports would be megabytes to read
      list: db.prepare(
        `SELECT r.id, r.agency_id, a.name AS agency_name, r.level, r.year, r.status, r.errors, r.warnings, r.explained, r.blanks, r.updated_at, r.deleted_at, ${PUBLICATION_COLUMNS}
         FROM reports r JOIN agencies a ON a.id = r.agency_id LEFT JOIN publications p ON p.report_id = r.id WHERE (@all OR r.deleted_at IS NULL) AND (@agencyId IS NULL OR r.agency_id = @agencyId) ORDER BY a.name, r.year DESC`,
      ),
    };
  }

  row(id: number): ReportRow | undefined {
    return this.q.row.get(id) as ReportRow | undefined;
  }
  rowOf(agencyId: number, year: number): ReportRow | undefined {
    return this.q.byAgencyYear.get(agencyId, year) as ReportRow | undefined;
  }

  /**
   * The whole report of a row, in the current shape of its format: tables stored
   * in an older shape are upgraded on read (a row the format has gained is
   * blank), and written back in the new shape at the next edit.
   */
  load(row: ReportRow): Report {
    const t = new Map((this.q.texts.all(row.id) as { field: TextField; text: string }[]).map((x) => [x.field, x.text]));
    const { schemaVersion = 1, ...tables } = JSON.parse(row.tables) as Pick<Report, 'table2' | 'table3' | 'table4'> & { schemaVersion?: number };
    const explanations = (this.q.explanations.all(row.id) as ExplanationRow[]).map(fromExplanationRow);
    // the edition column (migration 6); the tables JSON holds that edition's rows
    const report = {
      format: FORMAT_ID,
      edition: row.edition as Report['edition'],
      schemaVersion: schemaVersion as Report['schemaVersion'],
      unit: row.unit,
      year: row.year,
      level: row.level,
      title: t.get('title') ?? defaultTitle(row.unit, row.year),
      preamble: t.get('preamble') ?? '',
      parts: { overview: t.get('overview') ?? '', problems: t.get('problems') ?? '', other: t.get('other') ?? '' },
      closing: t.get('closing') ?? '',
      ...tables,
      ...(explanations.length ? { explanations } : {}),
    } as Report;
    return upgrade(report, this.formats) as Report;
  }

  /** Last year's report of the same agency (not in the trash). */
  previousOf(row: Pick<ReportRow, 'agency_id' | 'year'>): { row: ReportRow; report: Report } | null {
    const prev = this.rowOf(row.agency_id, row.year - 1);
    return prev && !prev.deleted_at ? { row: prev, report: this.load(prev) } : null;
  }

  insert(agencyId: number, r: Report, hint: InForceHint | null, now: string): number {
    const info = this.q.insert.run({ agencyId, year: r.year, unit: r.unit, level: r.level, edition: r.edition, now });
    const id = Number(info.lastInsertRowid);
    this.q.insertTables.run(id, this.tablesJson(r), hint ? JSON.stringify(hint) : null);
    this.writeTexts(id, r);
    for (const e of r.explanations ?? []) this.setExplanation(id, e);
    return id;
  }

  /** Replace everything a report holds (import with replace, restore of a revision). */
  replaceContent(id: number, r: Report, now: string): void {
    this.q.content.run(r.unit, r.level, now, id);
    this.q.edition.run(r.edition, id, r.edition);
    this.q.tables.run(this.tablesJson(r), id);
    this.writeTexts(id, r);
    this.q.deleteExplanations.run(id);
    for (const e of r.explanations ?? []) this.setExplanation(id, e);
  }

  private tablesJson(r: Report): string {
    return tablesJson(r, formatOf(r, this.formats));
  }

  private writeTexts(id: number, r: Report): void {
    const values: Record<TextField, string> = {
      title: r.title ?? defaultTitle(r.unit, r.year),
      preamble: r.preamble ?? '',
      overview: r.parts.overview,
      problems: r.parts.problems,
      other: r.parts.other,
      closing: r.closing ?? '',
    };
    for (const f of TEXT_FIELDS) this.q.upsertText.run(id, f, values[f]);
  }

  setTables(id: number, r: Report, now: string): void {
    this.q.edition.run(r.edition, id, r.edition); // the tables' shape is the edition's
    this.q.tables.run(this.tablesJson(r), id);
    this.q.touch.run(now, id);
  }
  setText(id: number, field: TextField, text: string, now: string): void {
    this.q.upsertText.run(id, field, text);
    this.q.touch.run(now, id);
  }
  setExplanation(id: number, e: Explanation): void {
    this.q.upsertExplanation.run(id, placeKey(e), e.rule, e.table ?? null, e.row ?? null, e.col ?? null, e.part ?? null, e.text);
  }
  removeExplanation(id: number, e: Omit<Explanation, 'text'>): boolean {
    return this.q.deleteExplanation.run(id, placeKey(e)).changes > 0;
  }
  touch(id: number, now: string): void {
    this.q.touch.run(now, id);
  }
  /** `rulesVersion`: the version of the rules that made the counts (counts.ts recounts others on open) */
  setCounts(id: number, c: { errors: number; warnings: number; explained: number; blanks: number }, rulesVersion: string): void {
    this.q.counts.run(c.errors, c.warnings, c.explained, c.blanks, rulesVersion, id);
  }
  /** mark 已发布 (date YYYY-MM-DD and web address when known), or change what is known of it */
  setPublication(id: number, p: { date: string | null; url: string | null }): void {
    this.q.publish.run(id, p.date, p.url);
  }
  setStatus(id: number, status: ReportStatus, now: string): void {
    this.q.status.run(status, now, id);
  }
  setDeleted(id: number, at: string | null): void {
    this.q.deleted.run(at, id);
  }
  setRevisedAt(id: number, at: string): void {
    this.q.revisedAt.run(at, id);
  }
  list(includeDeleted: boolean, agencyId: number | null): SummaryRow[] {
    return this.q.list.all({ all: includeDeleted ? 1 : 0, agencyId }) as SummaryRow[];
  }
}

interface ExplanationRow {
  rule: string;
  tbl: string | null;
  row: string | null;
  col: number | null;
  part: string | null;
  text: string;
}

function fromExplanationRow(x: ExplanationRow): Explanation {
  const e: Explanation = { rule: x.rule, text: x.text };
  if (x.tbl !== null) e.table = x.tbl;
  if (x.row !== null) e.row = x.row;
  if (x.col !== null) e.col = x.col;
  if (x.part !== null) e.part = x.part;
  return e;
}
