// A PDF of the report outside Electron (the command line, the dev server):
// the print page of report/page/web.ts printed by a headless Chromium — the
// browser's own PDF output, A4, fonts embedded, page numbers, bookmarks for
// the headings. Bounded in time; a clear message when no browser is found.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reportHtml } from '../report/page/web';
import type { Report } from '../report/report';

const TIME_LIMIT_MS = 60_000;

/** Where a Chromium-based browser may be: NIANBAO_CHROMIUM, then the usual places (Edge is on every Windows 10/11). */
export function findBrowser(env = process.env): string | undefined {
  const win = [env['PROGRAMFILES(X86)'], env.PROGRAMFILES, env.LOCALAPPDATA].filter(Boolean) as string[];
  const candidates = [
    env.NIANBAO_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/microsoft-edge',
    ...win.flatMap((d) => [path.join(d, 'Microsoft/Edge/Application/msedge.exe'), path.join(d, 'Google/Chrome/Application/chrome.exe')]),
  ];
  return candidates.find((c): c is string => !!c && existsSync(c));
}

export class PdfError extends Error {}

/** How the report is printed and made a PDF: Electron's own window in the app, a headless browser elsewhere. */
export interface Printer {
  /** the print page (report/page/web.ts, print) as a PDF */
  pdf(html: string): Promise<Uint8Array>;
  /** the system print dialog for the print page; false when the user cancelled. Absent: printing is not offered */
  print?(html: string): Promise<boolean>;
}

/** Outside Electron: PDFs from a headless Chromium, Chrome or Edge; no print dialog. */
export const browserPrinter: Printer = { pdf: htmlPdf };

export async function reportPdf(report: Report): Promise<Uint8Array> {
  return htmlPdf(reportHtml(report, { print: true }));
}

/** The print page printed to PDF by a headless browser, bounded in time. */
export async function htmlPdf(html: string): Promise<Uint8Array> {
  const browser = findBrowser();
  if (!browser) throw new PdfError('生成 PDF 需要 Chromium、Chrome 或 Edge 浏览器，本机没有找到（可设置环境变量 NIANBAO_CHROMIUM 指向浏览器程序）；也可导出 .docx 后在 Word/WPS 中另存为 PDF');
  const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-pdf-'));
  try {
    const page = path.join(dir, 'report.html');
    const out = path.join(dir, 'report.pdf');
    writeFileSync(page, html);
    const args = [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-extensions', `--user-data-dir=${path.join(dir, 'profile')}`,
      '--no-pdf-header-footer', '--generate-pdf-document-outline', `--print-to-pdf=${out}`, `file://${page}`,
    ];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(browser, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new PdfError(`生成 PDF 超时（${TIME_LIMIT_MS / 1000} 秒），请重试`));
      }, TIME_LIMIT_MS);
      child.on('error', (e) => (clearTimeout(timer), reject(new PdfError(`无法启动浏览器生成 PDF：${e.message}`))));
      child.on('exit', (code) => {
        clearTimeout(timer);
        if (existsSync(out)) resolve();
        else reject(new PdfError(`浏览器没有生成 PDF（退出码 ${code}）：${err.trim().split('\n').at(-1) ?? ''}`));
      });
    });
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
