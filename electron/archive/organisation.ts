// The structure (组织结构): a government and its units, each unit an agency of
// the archive (so its reports and history are the archive's own). A rename keeps
// the agency and remembers the old name as an alias; a retired unit keeps its
// past years and, after a merge, names what it became.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { agencyNameOf, MAX_UNIT } from '../contract-schemas';
import type * as O from '../contract-office';
import type { UnitKind } from '../contract-office';
import { AgencyStore } from './agencies';
import { invalid, notFound } from './errors';
import { ArchiveError } from './types';

export type OrgUnit = z.infer<typeof O.orgUnit>;
export type Government = z.infer<typeof O.government>;
export type PasteResult = z.infer<typeof O.pasteResult>;

interface UnitRow {
  agency_id: number;
  name: string;
  government_id: number;
  kind: UnitKind;
  position: number;
  aliases: string;
  own_total: number;
  retired_from: number | null;
  merged_into: number | null;
}

const toUnit = (r: UnitRow): OrgUnit => ({
  id: r.agency_id,
  name: r.name,
  kind: r.kind,
  position: r.position,
  aliases: JSON.parse(r.aliases) as string[],
  ownTotal: r.own_total === 1,
  retiredFrom: r.retired_from,
  mergedInto: r.merged_into,
});

/** The region a government's units may leave out of their names: 中卫市人民政府 → 中卫市. */
export function regionOf(governmentName: string): string {
  return governmentName.replace(/(?:人民政府|政府)$/, '') || governmentName;
}

/** A unit reports in `year` unless retired from that year or earlier. */
export const inService = (u: Pick<OrgUnit, 'retiredFrom'>, year: number) => u.retiredFrom === null || u.retiredFrom > year;

const SELECT_UNIT = 'SELECT u.*, a.name FROM org_units u JOIN agencies a ON a.id = u.agency_id';

export class OrgStore {
  private readonly q;
  private readonly agencies: AgencyStore;
  constructor(db: Database.Database) {
    this.agencies = new AgencyStore(db);
    this.q = {
      governments: db.prepare('SELECT g.agency_id AS id, a.name FROM org_governments g JOIN agencies a ON a.id = g.agency_id ORDER BY a.name'),
      isGovernment: db.prepare('SELECT 1 FROM org_governments WHERE agency_id = ?').pluck(),
      addGovernment: db.prepare('INSERT OR IGNORE INTO org_governments (agency_id) VALUES (?)'),
      units: db.prepare(`${SELECT_UNIT} WHERE u.government_id = ? ORDER BY u.position, u.agency_id`),
      unit: db.prepare(`${SELECT_UNIT} WHERE u.agency_id = ?`),
      nextPosition: db.prepare('SELECT COALESCE(MAX(position), -1) + 1 FROM org_units WHERE government_id = ?').pluck(),
      insert: db.prepare(
        'INSERT INTO org_units (agency_id, government_id, kind, position, own_total) VALUES (?, ?, ?, ?, ?)',
      ),
      update: db.prepare('UPDATE org_units SET kind = ?, own_total = ?, aliases = ? WHERE agency_id = ?'),
      position: db.prepare('UPDATE org_units SET position = ? WHERE agency_id = ?'),
      retire: db.prepare('UPDATE org_units SET retired_from = ?, merged_into = ? WHERE agency_id = ?'),
      deadlines: db.prepare('SELECT year, deadline FROM org_deadlines WHERE government_id = ?'),
      deadline: db.prepare('SELECT deadline FROM org_deadlines WHERE government_id = ? AND year = ?').pluck(),
      setDeadline: db.prepare(
        'INSERT INTO org_deadlines (government_id, year, deadline) VALUES (?, ?, ?) ON CONFLICT (government_id, year) DO UPDATE SET deadline = excluded.deadline',
      ),
      clearDeadline: db.prepare('DELETE FROM org_deadlines WHERE government_id = ? AND year = ?'),
    };
  }

  // ---- governments -------------------------------------------------------

  /** The government of this name, made an organisation (the agency is created when new). */
  ensureGovernment(name: string): Government {
    const n = agencyNameOf(name);
    let agency = this.agencies.byName(n);
    if (agency && agency.level !== 'government') agency = this.agencies.save({ ...agency, level: 'government' });
    agency ??= this.agencies.save({ name: n, level: 'government' });
    if (this.unitRow(agency.id)?.government_id === agency.id) throw invalid('政府不能是自己的下属单位');
    this.q.addGovernment.run(agency.id);
    return this.government(agency.id);
  }

  governments(): Government[] {
    return (this.q.governments.all() as { id: number }[]).map((g) => this.government(g.id));
  }

  requireGovernment(id: number): { id: number; name: string } {
    if (!this.q.isGovernment.get(id)) throw notFound(`没有编号为 ${id} 的政府（组织结构）`);
    return { id, name: this.agencies.require(id).name };
  }

  government(id: number): Government {
    const g = this.requireGovernment(id);
    const deadlines = Object.fromEntries((this.q.deadlines.all(id) as { year: number; deadline: string }[]).map((d) => [String(d.year), d.deadline]));
    return { id, name: g.name, region: regionOf(g.name), units: this.units(id), deadlines };
  }

  units(governmentId: number): OrgUnit[] {
    return (this.q.units.all(governmentId) as UnitRow[]).map(toUnit);
  }

  // ---- units -------------------------------------------------------------

  private unitRow(id: number): UnitRow | undefined {
    return this.q.unit.get(id) as UnitRow | undefined;
  }
  requireUnit(id: number): OrgUnit & { governmentId: number } {
    const r = this.unitRow(id);
    if (!r) throw notFound(`没有编号为 ${id} 的单位（组织结构）`);
    return { ...toUnit(r), governmentId: r.government_id };
  }

  /** Add a unit; an agency of that name already in the archive (its reports) becomes the unit. */
  addUnit(governmentId: number, input: { name: string; kind: UnitKind; ownTotal?: boolean }): OrgUnit {
    const gov = this.requireGovernment(governmentId);
    const name = agencyNameOf(input.name);
    const level = input.kind === 'government' ? 'government' : 'department';
    const existing = this.agencies.byName(name);
    if (existing) {
      if (existing.id === gov.id) throw invalid(`“${name}”是本级政府本身，不能作为它的单位`);
      const row = this.unitRow(existing.id);
      if (row) {
        const where = row.government_id === gov.id ? '组织结构中' : `“${this.agencies.require(row.government_id).name}”的组织结构中`;
        throw new ArchiveError(`${where}已有单位“${name}”`, 'conflict');
      }
    }
    const agency = this.agencies.save({ id: existing?.id, name, level: existing?.level ?? level, parentId: gov.id });
    const ownTotal = input.ownTotal ?? input.kind === 'government';
    this.q.insert.run(agency.id, gov.id, input.kind, this.q.nextPosition.get(gov.id) as number, ownTotal ? 1 : 0);
    return this.requireUnit(agency.id);
  }

  /** One name a line: blank lines and names given twice (or already there) are reported, not created. */
  pasteUnits(governmentId: number, text: string, kind: UnitKind): PasteResult {
    this.requireGovernment(governmentId);
    const known = new Set(this.units(governmentId).flatMap((u) => [u.name, ...u.aliases]));
    const result: PasteResult = { created: [], duplicates: [], blankLines: 0, refused: [] };
    for (const line of text.split('\n')) {
      const name = agencyNameOf(line.replace(/\r$/, ''));
      if (!name) {
        result.blankLines++;
        continue;
      }
      if (name.length > MAX_UNIT) {
        result.refused.push({ name: name.slice(0, 20) + '…', why: `名称超过 ${MAX_UNIT} 个字` });
        continue;
      }
      if (known.has(name)) {
        result.duplicates.push(name);
        continue;
      }
      try {
        result.created.push(this.addUnit(governmentId, { name, kind }));
        known.add(name);
      } catch (e) {
        if (!(e instanceof ArchiveError)) throw e;
        result.refused.push({ name, why: e.message });
      }
    }
    // a trailing newline is how a pasted list ends, not a blank line the user typed
    if (text.endsWith('\n') && result.blankLines > 0) result.blankLines--;
    return result;
  }

  /** 机构改革 rename: the same agency (its past years stay), the old name kept as an alias. */
  renameUnit(id: number, name: string): OrgUnit {
    const u = this.requireUnit(id);
    const n = agencyNameOf(name);
    if (n === u.name) return u;
    const agency = this.agencies.require(id);
    this.agencies.save({ ...agency, name: n });
    const aliases = [...new Set([...u.aliases.filter((a) => a !== n), u.name])];
    this.q.update.run(u.kind, u.ownTotal ? 1 : 0, JSON.stringify(aliases), id);
    return this.requireUnit(id);
  }

  updateUnit(id: number, patch: { kind?: UnitKind; ownTotal?: boolean; aliases?: string[] }): OrgUnit {
    const u = this.requireUnit(id);
    const aliases = patch.aliases ? [...new Set(patch.aliases.map(agencyNameOf).filter((a) => a && a !== u.name))] : u.aliases;
    this.q.update.run(patch.kind ?? u.kind, (patch.ownTotal ?? u.ownTotal) ? 1 : 0, JSON.stringify(aliases), id);
    return this.requireUnit(id);
  }

  /** The government's units in this order: exactly its units, each once. */
  reorder(governmentId: number, ids: readonly number[]): OrgUnit[] {
    const units = this.units(governmentId);
    const mine = new Set(units.map((u) => u.id));
    const given = new Set(ids);
    if (given.size !== ids.length) throw invalid('单位顺序中有重复的单位');
    if (ids.length !== units.length || ids.some((i) => !mine.has(i))) throw invalid('单位顺序应包含本级政府的全部单位，且只包含它们');
    ids.forEach((unitId, i) => this.q.position.run(i, unitId));
    return this.units(governmentId);
  }

  /** Retire from a year (撤销), or merge into another unit of the same government (合并). */
  retire(id: number, fromYear: number, mergedInto: number | null): OrgUnit {
    const u = this.requireUnit(id);
    if (mergedInto !== null) {
      if (mergedInto === id) throw invalid('单位不能合并到自己');
      const target = this.requireUnit(mergedInto);
      if (target.governmentId !== u.governmentId) throw invalid('只能合并到同一政府的单位');
    }
    this.q.retire.run(fromYear, mergedInto, id);
    return this.requireUnit(id);
  }
  restore(id: number): OrgUnit {
    this.requireUnit(id);
    this.q.retire.run(null, null, id);
    return this.requireUnit(id);
  }

  // ---- deadlines ---------------------------------------------------------

  setDeadline(governmentId: number, year: number, date: string | null): void {
    this.requireGovernment(governmentId);
    if (date === null) this.q.clearDeadline.run(governmentId, year);
    else {
      if (date.slice(0, 4) < String(year)) throw invalid(`${year}年度报告的报送期限应在${year}年或以后`);
      this.q.setDeadline.run(governmentId, year, date);
    }
  }
  deadline(governmentId: number, year: number): string | null {
    return (this.q.deadline.get(governmentId, year) as string | undefined) ?? null;
  }

  /**
   * The names a file may use for each unit serving in `year`: its own, its
   * aliases, and those of the units merged into it (their files now belong to it).
   */
  namesFor(governmentId: number, year: number): { id: string; name: string; aliases: string[] }[] {
    const units = this.units(governmentId);
    const serving = units.filter((u) => inService(u, year));
    return serving.map((u) => ({
      id: String(u.id),
      name: u.name,
      aliases: [...u.aliases, ...units.filter((m) => m.mergedInto === u.id && !inService(m, year)).flatMap((m) => [m.name, ...m.aliases])],
    }));
  }
}
