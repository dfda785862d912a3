// The office's commands of nianbao (issue 11 §9):
//   nianbao sum UNIT… -o total.json [--unit NAME] [--year N] [--json]
//   nianbao check --units DIR [--json]
// and the reading of exchange files wherever a report is read.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ExchangeError, looksLikeExchange, readExchange, STATUS_LABELS } from '../report/exchange';
import { cellName, cellsOf, FORMATS } from '../report/format';
import { ImportError, importReport, type ImportResult } from '../report/import/index';
import { exportExtensions, exporterForFile } from '../report/export/index';
import { ReportFormatError } from '../report/json';
import { getCell, titleOf, type Report } from '../report/report';
import { checkRollup, type RollupFinding } from '../report/rollup/rules';
import { compileTables, compiledReport, type RollupUnit } from '../report/rollup/sum';
import { validateReport, type Finding, type Severity } from '../report/rules/index';
import { FileError, readInputFile, writeFileAtomic } from './files';

export interface CliDeps {
  /** a usage error: exit 2 with the hint to --help */
  usage(message: string): Error;
  formatFindings(title: string, findings: Finding[]): string;
}

const startsWithBrace = (bytes: Uint8Array) =>
  new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\ufeff/, '').trimStart().startsWith('{');

/**
 * A report from a file: an exchange file (interchange.md 1b, checksum verified), a
 * report.json, a .docx or a .txt. `note` says where an exchange file came from.
 */
export async function loadReport(file: string): Promise<ImportResult & { note?: string }> {
  const bytes = await readInputFile(file);
  const name = path.basename(file);
  try {
    // a .json starting with a brace reads the same through readExchange when it is a plain report
    if (looksLikeExchange(bytes) || (/\.json$/i.test(name) && startsWithBrace(bytes))) {
      const x = readExchange(new TextDecoder().decode(bytes));
      if (x.kind !== 'report') throw new ExchangeError('这是审核意见交换文件，不是报告；请在程序中导入审核意见');
      const note = x.exchange
        ? `交换文件：${x.from ? `由“${x.from}”` : ''}${x.createdAt ? `于 ${x.createdAt} ` : ''}发出${x.status ? `，${STATUS_LABELS[x.status]}` : ''}，校验值相符`
        : undefined;
      return { report: x.report, problems: [], ...(note ? { note } : {}) };
    }
    return await importReport(bytes, name);
  } catch (e) {
    // name the file: there may be many
    if (e instanceof ImportError || e instanceof ReportFormatError) throw new ImportError(`无法读取 ${name}：${e.message}`);
    throw e;
  }
}

interface SumArgs {
  files: string[];
  output: string;
  unit?: string;
  year?: number;
  json: boolean;
}

function parseSumArgs(args: string[], deps: CliDeps): SumArgs {
  let output: string | undefined;
  let unit: string | undefined;
  let year: number | undefined;
  let json = false;
  const files: string[] = [];
  const value = (i: number, opt: string) => {
    const v = args[i];
    if (v === undefined || v === '') throw deps.usage(`${opt} 后面需要${opt === '-o' ? '输出文件' : opt === '--unit' ? '机关名称' : '年度'}`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '-o' || a === '--output') output = value(++i, '-o');
    else if (a === '--unit') unit = value(++i, '--unit');
    else if (a === '--year') {
      const y = value(++i, '--year');
      if (!/^\d{4}$/.test(y)) throw deps.usage(`--year 应为四位数的年度，收到 ${y}`);
      year = Number(y);
    } else if (a.startsWith('-') && a !== '-') throw deps.usage(`sum 没有选项 ${a}`);
    else files.push(a);
  }
  if (files.length === 0) throw deps.usage('sum 需要至少一个单位的报告文件');
  if (!output) throw deps.usage('sum 需要用 -o 指定汇总报告的输出文件');
  return { files, output, unit, year, json };
}

/** 中卫市应急管理局, 中卫市财政局 → 中卫市人民政府: the region all names start with. */
function governmentOf(units: readonly string[]): string | undefined {
  let prefix = units[0] ?? '';
  for (const u of units) while (!u.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const m = /^(.+?(?:自治州|自治县|市|县|区|旗|盟))/.exec(prefix.slice(0, 40));
  return m ? `${m[1]}人民政府` : undefined;
}

const byYear = (loaded: readonly { file: string; report: Report }[]) => {
  const years = new Map<number, string[]>();
  for (const l of loaded) years.set(l.report.year, [...(years.get(l.report.year) ?? []), path.basename(l.file)]);
  return [...years].map(([y, fs]) => `${y} 年（${fs.slice(0, 3).join('、')}${fs.length > 3 ? ` 等 ${fs.length} 份` : ''}）`).join('、');
};

export async function sum(args: string[], deps: CliDeps): Promise<number> {
  const a = parseSumArgs(args, deps);
  const exporter = exporterForFile(a.output);
  if (!exporter) throw deps.usage(`输出文件必须是 ${exportExtensions()}：${a.output}`);
  const loaded: { file: string; report: Report }[] = [];
  for (const file of a.files) {
    const { report, problems } = await loadReport(file);
    for (const p of problems) process.stderr.write(`导入提示（${path.basename(file)}）：${p.message}\n`);
    loaded.push({ file, report });
  }
  const year = a.year ?? (new Set(loaded.map((l) => l.report.year)).size === 1 ? loaded[0].report.year : undefined);
  if (year === undefined || loaded.some((l) => l.report.year !== year))
    throw new ImportError(`报告年度不一致：${byYear(loaded)}；只能汇总同一年度的报告${a.year ? '' : '，或用 --year 指定年度'}`);
  const old = loaded.find((l) => l.report.edition !== '2021');
  if (old) throw new ImportError(`${path.basename(old.file)} 是 ${old.report.edition} 年版格式的报告，与 2021 年版的表格不同，不能逐格汇总`);
  const seen = new Map<string, string>();
  for (const l of loaded) {
    const key = l.report.unit.replace(/\s+/g, '');
    if (seen.has(key)) throw new ImportError(`同一单位“${l.report.unit}”的报告给了两份：${seen.get(key)}、${path.basename(l.file)}；请只保留一份，以免重复计入`);
    seen.set(key, path.basename(l.file));
  }
  const unit = a.unit ?? governmentOf(loaded.map((l) => l.report.unit));
  if (!unit) throw deps.usage('无法从各单位名称推断汇总报告的机关名称，请用 --unit 指定');
  const units: RollupUnit[] = loaded.map((l) => ({ id: path.basename(l.file), name: l.report.unit, report: l.report }));
  const compiled = compileTables(units);
  const total = compiledReport({ unit, year, level: 'government' }, compiled);
  await writeFileAtomic(a.output, await exporter.write(total));
  const cells = cellsOf(FORMATS['2021']).map((c) => ({ ...c, value: getCell(total, c) ?? null, ...compiled.provenance(c)! }));
  const governments = loaded.filter((l) => l.report.level === 'government').map((l) => l.report.unit);
  if (a.json) {
    const out = {
      report: { unit, year },
      output: a.output,
      units: loaded.map((l) => ({ unit: l.report.unit, level: l.report.level, file: path.basename(l.file) })),
      cells: cells.map(({ missing: _, ...c }) => ({ ...c, parts: c.parts.map((p) => ({ unit: p.unit, value: p.value })) })),
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  const partial = cells.filter((c) => c.blank.length > 0);
  const lines = [`汇总：${loaded.length} 个单位的 ${year} 年度报告 → ${a.output}（${unit}）`];
  if (governments.length)
    lines.push(`其中 ${governments.length} 份是政府的汇总报告（${governments.join('、')}），按其汇总数计入；不要同时给出其所属单位的报告，以免重复计入`);
  if (partial.length === 0) lines.push('每个单元格都有全部单位的数字，汇总数完整。');
  else {
    lines.push(`有 ${partial.length} 个单元格因部分单位未填写而留空（空白不按 0 计）：`);
    for (const c of partial) lines.push(`  ${cellName(c)}：已填单位合计 ${c.sum ?? '—'}；尚未填写：${c.blank.join('、')}`);
  }
  process.stderr.write(lines.join('\n') + '\n');
  return 0;
}

/** Files a unit folder may hold; at most this many are read. */
const UNIT_FILE = /\.(json|docx|txt)$/i;
const MAX_UNIT_FILES = 2000;

export async function checkUnits(args: string[], deps: CliDeps): Promise<number> {
  let dir: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--units') dir = args[++i];
    else if (a.startsWith('--units=')) dir = a.slice('--units='.length);
    else if (a.startsWith('-') && a !== '-') throw deps.usage(`check --units 没有选项 ${a}`);
    else throw deps.usage(`check --units 检查整个文件夹，不再另给报告文件（收到 ${a}）`);
  }
  if (!dir) throw deps.usage('--units 后面需要存放各单位报告的文件夹');
  let entries: string[];
  try {
    const st = await fs.stat(dir);
    if (!st.isDirectory()) throw new ImportError(`${dir} 不是文件夹；--units 需要存放各单位报告的文件夹`);
    entries = (await fs.readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && UNIT_FILE.test(e.name)).map((e) => e.name);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(`无法读取文件夹 ${dir}：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件夹不存在' : (e as Error).message}`);
  }
  entries.sort();
  if (entries.length === 0) throw new ImportError(`文件夹 ${dir} 中没有报告文件（.json、.docx、.txt）`);
  if (entries.length > MAX_UNIT_FILES) throw new ImportError(`文件夹 ${dir} 中的报告文件超过 ${MAX_UNIT_FILES} 个，不像是一级政府的各单位报告`);
  const loaded: { file: string; report: Report; note?: string }[] = [];
  const unreadable: string[] = [];
  for (const name of entries) {
    try {
      const { report, note } = await loadReport(path.join(dir, name));
      loaded.push({ file: name, report, note });
    } catch (e) {
      if (!(e instanceof ImportError) && !(e instanceof FileError)) throw e;
      unreadable.push((e as Error).message);
    }
  }
  if (unreadable.length)
    throw new ImportError(unreadable[0] + (unreadable.length > 1 ? `（另有 ${unreadable.length - 1} 个文件也无法读取）` : ''));
  const today = new Date();
  const perUnit = loaded.map((l) => ({ ...l, findings: validateReport(l.report, { final: true, today }) }));
  const governments = loaded.filter((l) => l.report.level === 'government');
  const gov = governments.length === 1 ? governments[0] : undefined;
  const units: RollupUnit[] = loaded.filter((l) => l !== gov).map((l) => ({ id: l.file, name: l.report.unit, report: l.report }));
  const rollup = checkRollup(gov?.report ?? null, units);
  const govNote =
    governments.length > 1
      ? `有 ${governments.length} 份政府报告（${governments.map((g) => g.report.unit).join('、')}），无法确定本级政府，未核对汇总数`
      : undefined;
  const all: Finding[] = [...perUnit.flatMap((u) => u.findings), ...rollup];
  if (json) {
    const out = {
      units: perUnit.map((u) => ({ file: u.file, report: { unit: u.report.unit, year: u.report.year, level: u.report.level }, findings: u.findings })),
      rollup: { government: gov ? { file: gov.file, unit: gov.report.unit, year: gov.report.year } : null, findings: rollup },
    };
    if (govNote) process.stderr.write(`提示：${govNote}\n`);
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    const parts = perUnit.map((u) => `【${u.file}】${u.note ? `${u.note}\n` : ''}` + deps.formatFindings(titleOf(u.report), u.findings));
    parts.push(formatRollup(gov?.report ?? null, rollup, units, govNote));
    process.stdout.write(parts.join('\n'));
  }
  return all.some((f) => f.severity === 'error') ? 1 : 0;
}

const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

function formatRollup(gov: Report | null, findings: readonly RollupFinding[], units: readonly RollupUnit[], govNote?: string): string {
  const lines = [`汇总核对：${units.length} 个单位${gov ? `，对照本级政府报告“${titleOf(gov)}”` : '（文件夹中没有本级政府的报告，只核对各单位之间的雷同）'}`];
  if (govNote) lines.push(govNote);
  const byId = new Map(units.map((u) => [u.id, u]));
  findings.forEach((f, i) => {
    const who = f.unit ? `〔${byId.get(f.unit)?.id ?? f.unit}〕` : '';
    lines.push(`  ${i + 1}. ${SEVERITY_ZH[f.severity]}：${who}${f.message}  [${f.rule}]`);
  });
  if (findings.length === 0) lines.push('  未发现问题。');
  return lines.join('\n') + '\n';
}
