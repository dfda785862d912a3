// The findings of the open report: validateReport from report/rules, run in
// the page on every change (synchronously; it takes well under a frame).
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { validateReport, type Finding, type Severity } from '../../../report/rules/index';
import { placeKey, placeOf, type Place } from '../../../report/fields';
import { useReportStore } from './report';
import { ruleLabel } from '../ruleNames';

export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** the place an explanation of this finding is stored under */
export const explanationKey = (f: Finding): Place => placeOf(f);

/** one finding per place (a rule reports a place once): its key in lists and in the explanations */
export const findingKey = (f: Finding): string => placeKey(f);

export const useFindingsStore = defineStore('findings', () => {
  const report = useReportStore();
  // the day is fixed per session so the deadline finding does not flicker
  const today = ref(new Date());

  // A finding equal to one of the last run is that same object, and an unchanged list the same array:
  // the panel's items and the grids' marks then redraw only what a keystroke changed.
  let last: { list: Finding[]; byKey: Map<string, { f: Finding; json: string }> } = { list: [], byKey: new Map() };
  function reuse(list: Finding[]): Finding[] {
    const byKey = new Map<string, { f: Finding; json: string }>();
    let same = list.length === last.list.length;
    const out = list.map((f, i) => {
      const key = findingKey(f);
      const json = JSON.stringify(f);
      const old = last.byKey.get(key);
      const kept = old && old.json === json ? old.f : f;
      byKey.set(key, { f: kept, json });
      if (kept !== last.list[i]) same = false;
      return kept;
    });
    last = { list: same ? last.list : out, byKey };
    return last.list;
  }

  const all = computed<Finding[]>(() => {
    const r = report.report;
    if (!r) return reuse([]);
    try {
      const all = validateReport(r, { previous: report.previous ?? undefined, today: today.value });
      // a finalised report is done: the days to the deadline are no longer news
      return reuse(report.readonly ? all.filter((f) => !ruleLabel(f.rule).draftOnly) : all);
    } catch (e) {
      console.error('validateReport failed', e);
      return reuse([]);
    }
  });

  // the same array while only cells change (the session copies on write): the map is not rebuilt per keystroke
  const explanationList = computed(() => report.report?.explanations);
  const explanations = computed(() => {
    const m = new Map<string, string>();
    for (const e of explanationList.value ?? []) m.set(placeKey(e), e.text);
    return m;
  });

  function explanationOf(f: Finding): string | undefined {
    return explanations.value.get(findingKey(f));
  }

  const bySeverity = computed(() => {
    const groups: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
    for (const f of all.value) groups[f.severity].push(f);
    return groups;
  });

  const counts = computed(() => {
    // blank cells are warnings while drafting and errors at 定稿: counted apart, so 错误 0 does not promise a 定稿
    const warnings = bySeverity.value.warning.filter((f) => !ruleLabel(f.rule).toFill);
    const unexplained = warnings.filter((f) => !explanationOf(f)).length;
    return {
      error: bySeverity.value.error.length,
      warning: bySeverity.value.warning.length,
      blanks: bySeverity.value.warning.length - warnings.length,
      unexplained,
      explained: warnings.length - unexplained,
      info: bySeverity.value.info.length,
    };
  });

  return { all, bySeverity, counts, explanationOf };
});
