// The nianbao command (interchange.md section 2):
//   nianbao check <report> [--previous <report>] [--json]
//   nianbao convert <input> <output> [--fonts gb2312|windows|fangzheng] [--signature] [--tidy]
//   nianbao sum <unit report>… -o <total> and nianbao check --units <dir> (cli-rollup.ts)
// Exit 0: no error finding; 1: at least one error; 2: input unreadable or bad
// usage, with exactly one line on stderr and nothing on stdout.
import { ImportError, type ImportResult } from '../report/import/index';
import { exportExtensions, exporterForFile } from '../report/export/index';
import { FONT_FAMILY_SETS, type FontFamilySet } from '../report/docx/fonts';
import { titleOf } from '../report/report';
import { chineseDate } from '../report/text';
import { validateReport, type Finding, type Severity } from '../report/rules/index';
import { FileError, writeFileAtomic } from './files';
import { PdfError, reportPdf } from './pdf';
import { checkUnits, loadReport, sum, type CliDeps } from './cli-rollup';

const USAGE = `用法：
  nianbao check <报告文件> [--previous <上年报告文件>] [--json]
  nianbao convert <输入文件> <输出文件> [--fonts gb2312|windows|fangzheng] [--signature] [--tidy]
  nianbao sum <单位报告文件>… -o <汇总报告文件> [--unit <机关名称>] [--year <年度>] [--json]
  nianbao check --units <文件夹> [--json]
报告文件可以是 .json、.docx、.doc、.pdf、.txt、.html 网页或交换文件（校验值不符的交换文件会被拒绝）；输出文件可以是 ${exportExtensions()} 或 .pdf（PDF 由本机的 Chromium/Chrome/Edge 生成）。
convert 输出 .docx 时：--fonts 选字体（gb2312 公文标准字体，windows 系统自带字体，fangzheng 方正 GBK 字体），--signature 加落款（机关名称和当天日期），--tidy 去掉网页复制带来的中文与数字间的空格和链接两侧的尖括号。
check 按定稿标准检查（空白单元格为错误）；有错误时退出码为 1，文件无法读取时为 2。
sum 把各单位同一年度报告的表二、表三、表四逐格相加（空白不按 0 计，该格留空），各格的来源写在标准错误上，--json 时输出到标准输出。
check --units 检查文件夹中每个单位的报告，并核对本级政府报告与各单位合计是否相符、各单位报告是否雷同。`;
const USAGE_HINT = '（运行 nianbao --help 查看用法）';

class UsageError extends Error {}

/** A report from any file check and convert accept, exchange files included (the message names the file). */
async function load(file: string): Promise<ImportResult> {
  return loadReport(file);
}

const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

/** The human form: Chinese, grouped by severity, one numbered line per finding. */
export function formatFindings(title: string, findings: Finding[], previousTitle?: string): string {
  const lines = [`检查：${title}${previousTitle ? `（对照上年：${previousTitle}）` : ''}`];
  for (const sev of SEVERITY_ORDER) {
    const group = findings.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    lines.push('', `${SEVERITY_ZH[sev]}（${group.length} 处）`);
    group.forEach((f, i) => lines.push(`  ${i + 1}. ${f.message}  [${f.rule}]`));
  }
  const n = (sev: Severity) => findings.filter((f) => f.severity === sev).length;
  lines.push(
    '',
    `合计：错误 ${n('error')} 处，警告 ${n('warning')} 处，提示 ${n('info')} 处。` +
      (n('error') ? '请改正全部错误后再公布。' : n('warning') ? '请逐条核对警告，必要时写明审核说明。' : '未发现问题。'),
  );
  return lines.join('\n') + '\n';
}

function parseCheckArgs(args: string[]): { file: string; previousFile?: string; json: boolean } {
  let json = false;
  let previousFile: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--previous' || a.startsWith('--previous=')) {
      previousFile = a === '--previous' ? args[++i] : a.slice('--previous='.length);
      if (!previousFile) throw new UsageError('--previous 后面需要上年报告文件');
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`check 没有选项 ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError(files.length ? `check 只能检查一个报告文件，收到 ${files.length} 个` : 'check 需要一个报告文件');
  return { file: files[0], previousFile, json };
}

async function check(args: string[]): Promise<number> {
  if (args.some((a) => a === '--units' || a.startsWith('--units='))) return checkUnits(args, CLI_DEPS);
  const { file, previousFile, json } = parseCheckArgs(args);
  const { report, problems } = await load(file);
  const previous = previousFile ? (await load(previousFile)).report : undefined;
  const findings = validateReport(report, { previous, final: true, today: new Date() });
  for (const p of problems) process.stderr.write(`导入提示：${p.message}\n`);
  if (previous && previous.year !== report.year - 1) {
    process.stderr.write(`提示：上年报告是 ${previous.year} 年的，本报告是 ${report.year} 年的，不是上一年，未做跨年度核对和重复率检查\n`);
  } else if (previous && previous.unit.replace(/\s+/g, '') !== report.unit.replace(/\s+/g, '')) {
    process.stderr.write(`提示：上年报告的机关是“${previous.unit}”，本报告是“${report.unit}”，请确认是同一机关\n`);
  }
  if (json) {
    process.stdout.write(JSON.stringify({ report: { unit: report.unit, year: report.year }, findings }, null, 2) + '\n');
  } else {
    process.stdout.write(formatFindings(titleOf(report), findings, previous && titleOf(previous)));
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** convert's options (issue 12 §13): the .docx's font set and 落款, and tidying web-copy text. */
function parseConvertArgs(args: string[]): { files: string[]; fonts?: FontFamilySet; signature: boolean; tidy: boolean } {
  const files: string[] = [];
  let fonts: FontFamilySet | undefined;
  let signature = false;
  let tidy = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--fonts' || a.startsWith('--fonts=')) {
      const v = a === '--fonts' ? args[++i] : a.slice('--fonts='.length);
      if (!FONT_FAMILY_SETS.includes(v as FontFamilySet)) throw new UsageError(`--fonts 后面需要 ${FONT_FAMILY_SETS.join('、')} 之一${v ? `，收到 ${v}` : ''}`);
      fonts = v as FontFamilySet;
    } else if (a === '--signature') signature = true;
    else if (a === '--tidy') tidy = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`convert 没有选项 ${a}`);
    else files.push(a);
  }
  if (files.length !== 2) throw new UsageError('convert 需要输入文件和输出文件');
  return { files, fonts, signature, tidy };
}

async function convert(args: string[]): Promise<number> {
  const { files, fonts, signature, tidy } = parseConvertArgs(args);
  const [input, output] = files;
  const docxOnly = fonts ? '--fonts' : signature ? '--signature' : tidy ? '--tidy' : undefined;
  if (docxOnly && !/\.docx$/i.test(output)) throw new UsageError(`${docxOnly} 只用于输出 .docx 文件`);
  // a PDF is printed by a browser (electron/pdf.ts), not written by report/export
  const pdf = /\.pdf$/i.test(output);
  const exporter = exporterForFile(output);
  if (!exporter && !pdf) throw new UsageError(`输出文件必须是 ${exportExtensions()} 或 .pdf：${output}`);
  const { report, problems } = await load(input);
  for (const p of problems) process.stderr.write(`导入提示：${p.message}\n`);
  // the 落款: the report's agency and today's date, as the app writes it
  const options = { fonts, tidy, signature: signature ? { agency: report.unit, date: chineseDate(new Date()) } : undefined };
  await writeFileAtomic(output, exporter ? await exporter.write(report, options) : await reportPdf(report));
  return 0;
}

const CLI_DEPS: CliDeps = { usage: (message) => new UsageError(message), formatFindings };

/** One line, whatever the message holds. */
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return await check(rest);
    if (command === 'convert') return await convert(rest);
    if (command === 'sum') return await sum(rest, CLI_DEPS);
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    throw new UsageError(command === undefined ? '缺少命令（check、convert 或 sum）' : `未知命令 ${command}`);
  } catch (e) {
    let msg: string;
    if (e instanceof UsageError) msg = `${e.message}${USAGE_HINT}`;
    else if (e instanceof ImportError || e instanceof FileError || e instanceof PdfError) msg = e.message;
    else msg = `处理失败：${(e as Error)?.message ?? e}`;
    process.stderr.write(`nianbao：${oneLine(msg)}\n`);
    return 2;
  }
}
