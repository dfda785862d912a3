// The nianbao command (interchange.md section 2):
//   nianbao check <report> [--previous <report>] [--json]
//   nianbao convert <input> <output>
// Exit 0: no error finding; 1: at least one error; 2: input unreadable.
import path from 'node:path';
import { importReport, ImportError, type ImportResult } from '../report/import/index';
import { reportToJson } from '../report/json';
import { validateReport, type Finding } from '../report/rules/index';
import { exportDocx } from '../report/docx/index';
import { cellName } from '../report/format';
import { FileError, readInputFile, writeFileAtomic } from './files';

const USAGE = `用法：
  nianbao check <报告文件> [--previous <上年报告文件>] [--json]
  nianbao convert <输入文件> <输出文件>
报告文件可以是 .json、.docx 或 .txt；输出文件可以是 .json 或 .docx。`;

class UsageError extends Error {}

async function load(file: string): Promise<ImportResult> {
  const bytes = await readInputFile(file);
  return importReport(bytes, path.basename(file));
}

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;

function place(f: Finding): string {
  if (f.table) return cellName({ table: f.table, row: f.row!, col: f.col });
  if (f.part) return `第${{ overview: '一', problems: '五', other: '六' }[f.part as string] ?? ''}部分`.replace('第部分', f.part);
  return '';
}

async function check(args: string[]): Promise<number> {
  let json = false;
  let previousFile: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--json') json = true;
    else if (args[i] === '--previous') {
      previousFile = args[++i];
      if (!previousFile) throw new UsageError('--previous 后面需要上年报告文件');
    } else if (args[i].startsWith('--')) throw new UsageError(`未知选项 ${args[i]}`);
    else files.push(args[i]);
  }
  if (files.length !== 1) throw new UsageError('check 需要一个报告文件');
  const { report, problems } = await load(files[0]);
  const previous = previousFile ? (await load(previousFile)).report : undefined;
  const findings = validateReport(report, { previous, final: true, today: new Date() });
  if (json) {
    process.stdout.write(JSON.stringify({ report: { unit: report.unit, year: report.year }, findings }, null, 2) + '\n');
  } else {
    for (const p of problems) process.stderr.write(`导入提示：${p.message}\n`);
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings) {
      counts[f.severity]++;
      const where = place(f);
      process.stdout.write(`[${SEVERITY_ZH[f.severity]}] ${where ? where + '：' : ''}${f.message}（${f.rule}）\n`);
    }
    process.stdout.write(
      `${report.unit} ${report.year} 年报告：错误 ${counts.error} 处，警告 ${counts.warning} 处，提示 ${counts.info} 处。\n`,
    );
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function convert(args: string[]): Promise<number> {
  if (args.length !== 2) throw new UsageError('convert 需要输入文件和输出文件');
  const [input, output] = args;
  const ext = path.extname(output).toLowerCase();
  if (ext !== '.json' && ext !== '.docx') throw new UsageError(`输出文件必须是 .json 或 .docx：${output}`);
  const { report, problems } = await load(input);
  for (const p of problems) process.stderr.write(`导入提示：${p.message}\n`);
  const data = ext === '.json' ? reportToJson(report) : await exportDocx(report);
  await writeFileAtomic(output, data);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return await check(rest);
    if (command === 'convert') return await convert(rest);
    if (command === '--help' || command === '-h' || command === undefined) {
      process.stdout.write(USAGE + '\n');
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`未知命令 ${command}`);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`nianbao：${e.message}\n${USAGE}\n`);
    } else if (e instanceof ImportError || e instanceof FileError) {
      process.stderr.write(`nianbao：${e.message}\n`);
    } else {
      process.stderr.write(`nianbao：处理失败：${(e as Error)?.message ?? e}\n`);
    }
    return 2;
  }
}
