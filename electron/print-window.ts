// The app's printer (Electron only): the print page of report/page/web.ts loaded
// in a hidden, sandboxed window of its own session — no preload, no network, no
// navigation — then printed through the system dialog or to PDF by Electron's
// Chromium. The same page a headless browser prints in tests (electron/pdf.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow as BrowserWindowType } from 'electron';
import type { Printer } from './pdf';

type WindowClass = typeof BrowserWindowType;

export const PRINT_WINDOW_OPTIONS = {
  show: false,
  width: 794,
  height: 1123,
  webPreferences: {
    partition: 'nianbao-print', // its own session: nothing of the app's
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: true, // the page model lays out the pages before printing
    webSecurity: true,
  },
} as const;

async function withPage<T>(BrowserWindow: WindowClass, html: string, use: (w: BrowserWindowType) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-print-'));
  const file = path.join(dir, 'report.html');
  writeFileSync(file, html);
  const w = new BrowserWindow(PRINT_WINDOW_OPTIONS);
  w.webContents.on('will-navigate', (e) => e.preventDefault());
  w.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  w.webContents.session.webRequest.onBeforeRequest((d, cb) => cb({ cancel: !d.url.startsWith('file:') }));
  try {
    await w.loadURL(pathToFileURL(file).href);
    return await use(w);
  } finally {
    w.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function electronPrinter(BrowserWindow: WindowClass): Printer {
  return {
    pdf: (html) =>
      withPage(BrowserWindow, html, async (w) => {
        const data = await w.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, generateDocumentOutline: true, margins: { marginType: 'none' } });
        return new Uint8Array(data);
      }),
    print: (html) =>
      withPage(
        BrowserWindow,
        html,
        (w) =>
          new Promise<boolean>((resolve, reject) =>
            w.webContents.print({ silent: false, printBackground: true, pageSize: 'A4', margins: { marginType: 'none' } }, (ok, reason) => {
              if (ok || reason === 'cancelled' || reason === 'Print job canceled') resolve(ok);
              else reject(new Error(`打印没有完成：${reason}`));
            }),
          ),
      ),
  };
}
