import { PARTS, type NarrativeKey } from '../format';

/** 一, 五, 六 in document order: the narrative the text rules read. */
export const NARRATIVE_KEYS: readonly NarrativeKey[] = PARTS.filter((p) => p.kind === 'narrative').map((p) => p.key as NarrativeKey);
