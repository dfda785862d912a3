// How many values a row of the three tables holds after its label (or after
// table 四's header): what the .doc and PDF readers need to place blanks.
import { TABLE3_WIDTH, TABLE4_GROUPS, TABLE4_OUTCOMES } from '../format';
import { isHeader, labelKey, T4_HEADERS, table2RowOf, table3LabelOf } from './labels';

/** How many cells a row of the three tables holds after its label, or after table 四's header. */
export function widthAfter(label: string, subtotal: boolean): number | undefined {
  const t2 = table2RowOf(label);
  if (t2) return t2.width;
  if (table3LabelOf(label)?.kind === 'row') return subtotal ? TABLE3_WIDTH + 1 : TABLE3_WIDTH;
  if (isHeader(labelKey(label), T4_HEADERS)) return TABLE4_GROUPS.length * TABLE4_OUTCOMES.length;
  return undefined;
}

