// The agencies table: 机关 with a level and an optional parent (for totals later).
import type Database from 'better-sqlite3';
import type { Level } from '../../report/format';
import { agencyNameOf } from '../contract-schemas';
import { invalid, notFound } from './errors';
import { ArchiveError, type Agency, type AgencyDetails } from './types';

interface AgencyRow {
  id: number;
  name: string;
  level: Level;
  parent_id: number | null;
}

const toAgency = (r: AgencyRow): Agency => ({ id: r.id, name: r.name, level: r.level, parentId: r.parent_id });

export class AgencyStore {
  private readonly q;
  constructor(db: Database.Database) {
    this.q = {
      all: db.prepare('SELECT * FROM agencies ORDER BY name'),
      byId: db.prepare('SELECT * FROM agencies WHERE id = ?'),
      byName: db.prepare('SELECT * FROM agencies WHERE name = ?'),
      insert: db.prepare('INSERT INTO agencies (name, level, parent_id) VALUES (?, ?, ?)'),
      update: db.prepare('UPDATE agencies SET name = ?, level = ?, parent_id = ? WHERE id = ?'),
      details: db.prepare('SELECT signature, address, postcode, phone, email FROM agency_details WHERE agency_id = ?'),
      saveDetails: db.prepare(
        `INSERT INTO agency_details (agency_id, signature, address, postcode, phone, email) VALUES (@id, @signature, @address, @postcode, @phone, @email)
         ON CONFLICT (agency_id) DO UPDATE SET signature = @signature, address = @address, postcode = @postcode, phone = @phone, email = @email`,
      ),
    };
  }

  list(): Agency[] {
    return (this.q.all.all() as AgencyRow[]).map(toAgency);
  }
  get(id: number): Agency | undefined {
    const r = this.q.byId.get(id) as AgencyRow | undefined;
    return r && toAgency(r);
  }
  require(id: number): Agency {
    const a = this.get(id);
    if (!a) throw notFound(`没有编号为 ${id} 的机关`);
    return a;
  }
  /** The agency of this name as the user sees it: a zero-width mark or an outer space makes no other agency. */
  byName(name: string): Agency | undefined {
    const r = this.q.byName.get(name) as AgencyRow | undefined;
    if (r) return toAgency(r);
    // names stored before they were normalised may differ only in marks nobody sees (a few dozen rows)
    const key = agencyNameOf(name);
    return this.list().find((a) => agencyNameOf(a.name) === key);
  }

  /** Create or update; to be called inside a transaction. */
  save(input: { id?: number; name: string; level: Level; parentId?: number | null }): Agency {
    const name = agencyNameOf(input.name);
    const parentId = input.parentId ?? null;
    const same = this.byName(name);
    if (same && same.id !== input.id) throw new ArchiveError(`已有名为“${name}”的机关，机关名称不能重复`, 'conflict');
    if (parentId !== null) {
      this.require(parentId);
      // walk up from the parent: reaching this agency would make a loop
      for (let p: Agency | undefined = this.get(parentId); p; p = p.parentId === null ? undefined : this.get(p.parentId)) {
        if (p.id === input.id) throw invalid('上级机关不能是本机关或它的下级机关');
      }
    }
    if (input.id === undefined) {
      const id = Number(this.q.insert.run(name, input.level, parentId).lastInsertRowid);
      return { id, name, level: input.level, parentId };
    }
    this.require(input.id);
    this.q.update.run(name, input.level, parentId, input.id);
    return { id: input.id, name, level: input.level, parentId };
  }

  details(agencyId: number): AgencyDetails {
    this.require(agencyId);
    const r = this.q.details.get(agencyId) as { signature: number | null; address: string | null; postcode: string | null; phone: string | null; email: string | null } | undefined;
    if (!r) return { signature: null, address: null, postcode: null, phone: null, email: null };
    return { ...r, signature: r.signature === null ? null : r.signature === 1 };
  }
  /** to be called inside a transaction */
  saveDetails(agencyId: number, d: AgencyDetails): AgencyDetails {
    this.require(agencyId);
    this.q.saveDetails.run({ id: agencyId, ...d, signature: d.signature === null ? null : d.signature ? 1 : 0 });
    return d;
  }
}
