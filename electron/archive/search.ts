// Full-text search over every year's narrative texts: FTS5 with the trigram
// tokenizer (works for Chinese without a word list). Trigrams need ≥ 3
// characters, so a query with a 1–2-character term falls back to LIKE.
// Snippets are made here, not by FTS5 snippet(), which marks trigram tokens rather than the match.
import type Database from 'better-sqlite3';
import type { SearchHit, TextField } from './types';

const MAX_TERMS = 8;
const CONTEXT_CHARS = 24;

interface HitRow {
  report_id: number;
  field: TextField;
  year: number;
  agency_name: string;
  text?: string;
}

const FROM = `FROM texts t JOIN reports r ON r.id = t.report_id JOIN agencies a ON a.id = r.agency_id`;

export class SearchIndex {
  private readonly fts;
  private readonly text;
  private readonly like = new Map<number, Database.Statement>();
  constructor(private readonly db: Database.Database) {
    // A common phrase matches thousands of texts: newest rows first (FTS5 walks its doclist
    // backwards and stops at the limit, where ORDER BY year would rank every match), ids only;
    // the long texts are read just for the hits kept.
    this.fts = db.prepare(
      `SELECT t.id, t.report_id, t.field, r.year, a.name AS agency_name
       FROM texts_fts JOIN texts t ON t.id = texts_fts.rowid JOIN reports r ON r.id = t.report_id JOIN agencies a ON a.id = r.agency_id
       WHERE texts_fts MATCH ? AND r.deleted_at IS NULL ORDER BY texts_fts.rowid DESC LIMIT ?`,
    );
    this.text = db.prepare('SELECT text FROM texts WHERE id = ?').pluck();
  }

  search(query: string, limit: number): SearchHit[] {
    const terms = query.trim().split(/\s+/).filter(Boolean).slice(0, MAX_TERMS);
    if (terms.length === 0) return [];
    const short = terms.some((t) => [...t].length < 3);
    if (!short) {
      // each term a quoted phrase: the user's text is never read as FTS syntax
      const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
      const rows = (this.fts.all(match, limit) as (HitRow & { id: number })[]).sort(byYearThenAgency);
      return rows.map((r) => hit(r, snippetAround(this.text.get(r.id) as string, terms)));
    }
    const patterns = terms.map((t) => `%${t.replace(/[\\%_]/g, (c) => '\\' + c)}%`);
    const rows = (this.likeStatement(terms.length).all(...patterns, limit) as HitRow[]).sort(byYearThenAgency);
    return rows.map((r) => hit(r, snippetAround(r.text!, terms)));
  }

  private likeStatement(n: number): Database.Statement {
    let s = this.like.get(n);
    if (!s) {
      const where = Array.from({ length: n }, () => `t.text LIKE ? ESCAPE '\\'`).join(' AND ');
      s = this.db.prepare(
        `SELECT t.report_id, t.field, r.year, a.name AS agency_name, t.text ${FROM}
         WHERE ${where} AND r.deleted_at IS NULL ORDER BY t.id DESC LIMIT ?`,
      );
      this.like.set(n, s);
    }
    return s;
  }
}

function byYearThenAgency(a: HitRow, b: HitRow): number {
  return b.year - a.year || (a.agency_name < b.agency_name ? -1 : a.agency_name > b.agency_name ? 1 : 0);
}

function hit(r: HitRow, snippet: string): SearchHit {
  return { reportId: r.report_id, agencyName: r.agency_name, year: r.year, field: r.field, snippet };
}

/** Text around the first match of the first term, every term marked with 【】 (case-insensitive like LIKE). */
export function snippetAround(text: string, terms: string[]): string {
  const lower = text.toLowerCase();
  const at = lower.indexOf(terms[0].toLowerCase());
  const start = Math.max(0, at - CONTEXT_CHARS);
  const end = Math.min(text.length, at + terms[0].length + CONTEXT_CHARS);
  let s = text.slice(start, end);
  const pattern = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  s = s.replace(pattern, (m) => `【${m}】`);
  return (start > 0 ? '…' : '') + s + (end < text.length ? '…' : '');
}
