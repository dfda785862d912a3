// report/fields.ts: the text fields, and the place key under which the archive
// stores explanations. The key must stay byte-identical to what earlier versions
// wrote (explanationPlace), or explanations in existing archive files would no
// longer match their findings and an edit would store a second row.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../../electron/archive/index';
import { TEXT_FIELDS, placeKey, placeOf, samePlace, textOf, withText } from '../../../report/fields';
import { blankReport } from '../../../report/report';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('text fields', () => {
  it('reads and writes every field, narrative parts under parts, the rest shared', () => {
    const r = blankReport('某某局', 2024);
    for (const f of TEXT_FIELDS) {
      const next = withText(r, f, `${f}的文字`);
      expect(textOf(next, f)).toBe(`${f}的文字`);
      expect(next.table3).toBe(r.table3);
    }
    expect(withText(r, 'overview', '概述').parts.overview).toBe('概述');
    expect(textOf(r, 'overview')).toBe('');
  });
});

describe('places', () => {
  it('the key is the JSON the archive has always stored', () => {
    expect(placeKey({ rule: 'cross-year.carry-over', table: 'table3', row: '2', col: 0 })).toBe('["cross-year.carry-over","table3","2",0,null]');
    expect(placeKey({ rule: 'narrative.similar', part: 'overview' })).toBe('["narrative.similar",null,null,null,"overview"]');
    expect(placeKey({ rule: 'consistency.text-vs-table', table: 'table2', row: 'licensing', part: 'problems' })).toBe('["consistency.text-vs-table","table2","licensing",null,"problems"]');
    // an explanation's text and a finding's other fields are not part of its place
    expect(placeKey({ rule: 'r', table: 'table4', row: 'review', col: 1, text: '说明' } as never)).toBe('["r","table4","review",1,null]');
  });

  it('a part is part of the place; placeOf drops the text and absent fields', () => {
    expect(samePlace({ rule: 'r', table: 'table3', row: '1', col: 0, part: 'overview' }, { rule: 'r', table: 'table3', row: '1', col: 0 })).toBe(false);
    expect(samePlace({ rule: 'r', part: 'overview' }, { rule: 'r', part: 'overview' })).toBe(true);
    expect(placeOf({ rule: 'r', table: 'table3', row: '1', col: undefined, text: '说明' })).toEqual({ rule: 'r', table: 'table3', row: '1' });
  });

  it('the archive stores explanations under that key and finds the rows an earlier version wrote', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-fields-'));
    dirs.push(dir);
    const file = path.join(dir, '档案.sqlite');
    const archive = openArchive(file);
    try {
      const ag = archive.saveAgency({ name: '某某局', level: 'department' });
      const { id } = archive.createReport({ agencyId: ag.id, year: 2024, from: 'blank' });
      archive.setExplanation(id, { rule: 'cross-year.carry-over', table: 'table3', row: '2', col: 0, text: '上年误计' });
      archive.setExplanation(id, { rule: 'narrative.similar', part: 'overview', text: '内容确无变化' });
      const db = new Database(file, { readonly: true });
      const places = (db.prepare('SELECT place FROM explanations WHERE report_id = ? ORDER BY place').all(id) as { place: string }[]).map((x) => x.place);
      db.close();
      expect(places).toEqual(['["cross-year.carry-over","table3","2",0,null]', '["narrative.similar",null,null,null,"overview"]']);
      // answering the same place again replaces its row; removing it by the place finds it
      archive.setExplanation(id, { rule: 'narrative.similar', part: 'overview', text: '改写后的说明' });
      archive.removeExplanation(id, { rule: 'cross-year.carry-over', table: 'table3', row: '2', col: 0 });
      expect(archive.openReport(id).report.explanations).toEqual([{ rule: 'narrative.similar', part: 'overview', text: '改写后的说明' }]);
    } finally {
      archive.close();
    }
  });
});
