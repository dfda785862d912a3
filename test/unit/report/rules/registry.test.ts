// The registry is the one definition of the rules: a rule object added to (a copy
// of) it is run by validateReport and named and explained in the page, with no
// other file touched; every rule's metadata matches what its findings say.
import { describe, expect, it } from 'vitest';
import { withCell } from '../../../../report/report';
import {
  RULES,
  RULE_IDS,
  RULES_VERSION,
  rulesVersion,
  severityOf,
  validateReport,
  type Finding,
  type Rule,
  type RuleContext,
  type RuleId,
} from '../../../../report/rules/index';
import { ROLLUP_RULES } from '../../../../report/rollup/rules';
import { ruleLabel, ruleLabels, RULE_LABELS } from '../../../../renderer/src/ruleNames';
import { busyPreviousYear, busyReport, seedReport } from '../../../fixtures/rules/reports';
import { constructed2020 } from '../../../fixtures/edition2019/reports';

const extra: Rule<string> = {
  id: 'title.agency',
  name: '标题未写机关名称',
  severity: 'warning',
  needs: {},
  help: '检查标题是否以机关名称开头：官方格式规定标题为“机关名称+年度+政府信息公开工作年度报告”。',
  check: ({ report }) =>
    report.title?.startsWith(report.unit) ? [] : [{ rule: 'title.agency' as RuleId, severity: 'warning', part: 'title', message: '标题应以机关名称开头' }],
};

describe('the rules registry', () => {
  it('a rule object added to a copy of the registry is run, named and explained', () => {
    const registry = [...RULES, extra];
    const r = { ...busyReport(), title: '2023年政府信息公开工作年度报告' };
    const found = validateReport(r, {}, registry);
    expect(found.filter((f) => f.rule === ('title.agency' as RuleId))).toEqual([
      { rule: 'title.agency', severity: 'warning', part: 'title', message: '标题应以机关名称开头' },
    ]);
    // the rest is what the registry alone finds, and the new rule's findings come last, in registry order
    expect(found.slice(0, -1)).toEqual(validateReport(r));
    // the page's names and help read the same registry
    const labels = ruleLabels(registry);
    expect(ruleLabel('title.agency', labels)).toEqual({ name: '标题未写机关名称', help: extra.help, toFill: false, draftOnly: false });
    // the real registry is untouched
    expect(validateReport(r).some((f) => f.rule === ('title.agency' as RuleId))).toBe(false);
    expect(RULE_LABELS.has('title.agency')).toBe(false);
    expect(ruleLabel('title.agency')).toEqual({ name: '其他问题', help: '', toFill: false, draftOnly: false });
    expect(rulesVersion(registry)).not.toBe(RULES_VERSION);
  });

  it('how the page treats a rule’s findings comes from the rule object, not from its id', () => {
    const blanks = { ...extra, id: 'title.blank', toFill: true as const, draftOnly: true as const };
    const labels = ruleLabels([...RULES, blanks]);
    expect(ruleLabel('title.blank', labels)).toMatchObject({ toFill: true, draftOnly: true });
    // the registry's own: blanks are filled, not explained; the deadline is news only for a draft
    expect([...RULE_LABELS].filter(([, l]) => l.toFill).map(([id]) => id)).toEqual(['cell.missing']);
    expect([...RULE_LABELS].filter(([, l]) => l.draftOnly).map(([id]) => id)).toEqual(['deadline']);
  });

  it('a rule whose needs are unmet is not run', () => {
    let calls = 0;
    const spy = (needs: Rule<string>['needs']): Rule<string> => ({ ...extra, needs, check: () => (calls++, []) });
    const r = busyReport();
    const registry = [spy({ previous: true }), spy({ today: true }), spy({})];
    validateReport(r, {}, registry);
    expect(calls).toBe(1);
    // a report two years back is not last year's: still unmet
    validateReport(r, { previous: { ...busyPreviousYear(), year: r.year - 2 } }, registry);
    expect(calls).toBe(2);
    validateReport(r, { previous: busyPreviousYear(), today: new Date(2024, 0, 10) }, registry);
    expect(calls).toBe(5);
  });

  it('the context says final, and carries last year only when comparable', () => {
    const seen: RuleContext[] = [];
    const probe: Rule<string> = { ...extra, needs: {}, check: (ctx) => (seen.push(ctx), []) };
    const r = busyReport();
    validateReport(r, { final: true, previous: { ...busyPreviousYear(), year: r.year - 2 } }, [probe]);
    validateReport(r, { previous: busyPreviousYear() }, [probe]);
    expect(seen.map((c) => [c.final, c.previous?.year])).toEqual([
      [true, undefined],
      [false, r.year - 1],
    ]);
  });

  it('RULE_IDS and the page names derive from the registry, in its order, one object per id', () => {
    expect(RULE_IDS).toEqual(RULES.map((r) => r.id));
    expect(new Set(RULE_IDS).size).toBe(RULES.length);
    // the page also names the rules over a set of reports (汇总), after the registry's
    expect([...RULE_LABELS.keys()]).toEqual([...RULE_IDS, ...ROLLUP_RULES.map((r) => r.id)]);
    // the names the page showed before the registry
    expect(Object.fromEntries([...RULE_LABELS].map(([id, l]) => [id, l.name]))).toEqual({
      'cell.invalid': '数值不正确',
      'cell.missing': '空白单元格（没有发生请填 0）',
      'table3.row-total': '表三 行合计不符',
      'table3.outcome-total': '表三（七）总计不符',
      'table3.balance': '表三 勾稽关系不平衡',
      'table4.group-total': '表四 总计不符',
      'cross-year.carry-over': '上年结转与上年报告不符',
      'cross-year.in-force': '现行有效件数与上年不衔接',
      'narrative.missing-part': '缺少部分内容',
      'narrative.overview-aspects': '总体情况缺少方面',
      'narrative.fee-report': '未报告信息处理费',
      'narrative.problems': '存在问题过于简单',
      'consistency.text-vs-table': '正文与表格数字不一致',
      'text.year-mismatch': '正文年份与报告年度不符',
      'structure.edition': '格式版本与报告年度不符',
      'structure.headings': '标题序号不规范',
      'text.doubled': '文字重复',
      'text.punctuation': '标点不规范',
      'similarity.last-year': '与上年报告重复过多',
      'table.same-as-last-year': '表格数字与上年相同过多',
      'table.outlier': '数字与上年相差悬殊',
      'figures.ratios': '实质公开率与复议纠错率',
      deadline: '公布期限',
      'rollup.sum': '与各单位报告汇总数不符',
      'rollup.copied-text': '与其他单位报告雷同',
    });
  });

  it('every rule has Chinese help saying where the official format says so', () => {
    for (const r of RULES) {
      expect(r.help.length, r.id).toBeGreaterThan(60);
      expect(r.help, r.id).toMatch(/依据/);
      expect(r.help, r.id).toMatch(/^[\u4e00-\u9fff“（]/);
    }
  });

  it('each finding carries its rule’s id and the severity the rule declares for the context', () => {
    const prev = withCell(withCell(busyPreviousYear(), { table: 'table3', row: '4', col: 1 }, 2), { table: 'table2', row: 'normativeDocuments', col: 2 }, 1000);
    const thin = { overview: '本年收到政府信息公开申请999件。', problems: '无', other: '其他事项：无。' };
    const broken = withCell(withCell(busyReport(), { table: 'table3', row: '1', col: 0 }, 999), { table: 'table2', row: 'licensing' }, 'x' as never);
    const cases: [Parameters<typeof validateReport>[0], Parameters<typeof validateReport>[1]][] = [
      [seedReport(), {}],
      [seedReport(), { final: true }],
      [withCell(withCell(busyReport(), { table: 'table3', row: '3.1', col: 1 }, 77), { table: 'table4', row: 'review', col: 0 }, 50), {}],
      [broken, { previous: prev, today: new Date(2024, 0, 10) }],
      [{ ...busyReport(), parts: thin }, { previous: { ...prev, parts: thin } }],
      [{ ...busyReport(), parts: { ...thin, other: '' } }, {}],
      // the text rules of issue 14: another year, a pasted heading, a doubled word, half-width marks
      // the figures of issue 14: last year's tables kept, one figure 50 times last year's, 40 applications answered
      [
        withCell(withCell(withCell(busyReport(), { table: 'table2', row: 'licensing' }, 500), { table: 'table3', row: '3.7', col: 6 }, 40), { table: 'table3', row: '3.1', col: 6 }, 30),
        { previous: { ...withCell(busyReport(), { table: 'table2', row: 'licensing' }, 10), year: 2022 } },
      ],
      [{ ...busyReport(), parts: { ...thin, overview: '2022年，共收到政府信息公开申请12件。\n二、主动公开政府信息情况\n资金资金,《条例' } }, {}],
      // the 2019 edition (constructed fixture): filed for a 2022 report; last year's for a 2021 report (in-force as info)
      [{ ...constructed2020(), year: 2022 }, {}],
      [{ ...busyReport(), year: 2021 }, { previous: constructed2020() }],
    ];
    const seen = new Set<string>();
    for (const [report, options] of cases) {
      for (const rule of RULES) {
        const ctx: RuleContext = { report, final: options?.final ?? false, previous: options?.previous, today: options?.today };
        if ((rule.needs.previous && !ctx.previous) || (rule.needs.today && !ctx.today)) continue;
        for (const f of rule.check(ctx) as Finding[]) {
          expect([f.rule, f.severity]).toEqual([rule.id, severityOf(rule, ctx)]);
          // nianbao check --json prints findings as they are: rule and severity lead
          expect(Object.keys(f).slice(0, 2)).toEqual(['rule', 'severity']);
          seen.add(`${rule.id}:${f.severity}`);
        }
      }
    }
    // the cases reach every rule, and cell.missing in both its severities
    expect(RULE_IDS.filter((id) => ![...seen].some((s) => s.startsWith(id + ':')))).toEqual([]);
    expect(seen).toContain('cell.missing:warning');
    expect(seen).toContain('cell.missing:error');
  });

  it('RULES_VERSION is stable for the same registry and changes with a rule’s id or severity', () => {
    expect(rulesVersion(RULES)).toBe(RULES_VERSION);
    expect(rulesVersion(RULES.slice(0, -1))).not.toBe(RULES_VERSION);
    expect(rulesVersion(RULES.map((r) => (r.id === 'narrative.problems' ? { ...r, severity: 'error' as const } : r)))).not.toBe(RULES_VERSION);
  });
});
