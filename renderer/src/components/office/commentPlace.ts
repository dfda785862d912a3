// Where a 审核意见 sits, in words, and the places the office can choose (DOM-free).
import { cellName, cellsOf, FORMATS, partDef, type CellAddress } from '../../../../report/format';
import { TEXT_FIELDS, type TextField } from '../../../../report/fields';

export type Place = CellAddress | { part: TextField } | null;

const FREE: Record<string, string> = { title: '标题', preamble: '开头', closing: '结尾' };
export function placeName(p: Place): string {
  if (!p) return '全文';
  if ('part' in p) return FREE[p.part] ?? partDef(p.part as never).heading;
  return cellName(p);
}

/** Every place as a choice: the whole report, each text part, each cell. */
export const PLACES: { key: string; label: string; place: Place }[] = [
  { key: 'all', label: '全文', place: null },
  ...TEXT_FIELDS.map((f) => ({ key: `part:${f}`, label: placeName({ part: f }), place: { part: f } as Place })),
  ...cellsOf(FORMATS['2021']).map((a) => ({ key: `${a.table}|${a.row}|${a.col ?? ''}`, label: cellName(a), place: a as Place })),
];
export const placeKeyOf = (p: Place) => (!p ? 'all' : 'part' in p ? `part:${p.part}` : `${p.table}|${p.row}|${p.col ?? ''}`);
