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

  const all = computed<Finding[]>(() => {
    const r = report.report;
    if (!r) return [];
    try {
      const all = validateReport(r, { previous: report.previous ?? undefined, today: today.value });
      // a finalised report is done: the days to the deadline are no longer news
      return report.readonly ? all.filter((f) => !ruleLabel(f.rule).draftOnly) : all;
    } catch (e) {
      console.error('validateReport failed', e);
      return [];
    }
  });

  const explanations = computed(() => {
    const m = new Map<string, string>();
    for (const e of report.report?.explanations ?? []) m.set(placeKey(e), e.text);
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
