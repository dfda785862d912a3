// The app's printer (electron/print-window.ts) without Electron: a stand-in
// BrowserWindow records what the printer asks of it. The hidden window must be
// sandboxed, without preload or Node, in a session of its own, unable to navigate,
// open windows or reach the network; it loads the print page it was given and is
// destroyed (its temporary file removed) whatever happens.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PRINT_WINDOW_OPTIONS, electronPrinter } from '../../../electron/print-window';

interface Recorded {
  options?: typeof PRINT_WINDOW_OPTIONS;
  loaded?: string;
  loadedHtml?: string;
  navigateBlocked?: boolean;
  openDecision?: unknown;
  cancels: Record<string, boolean>;
  destroyed: boolean;
}

function fakeWindowClass(rec: Recorded, behaviour: { printOk?: boolean; reason?: string; failPdf?: boolean }) {
  return class {
    webContents = {
      on: (event: string, listener: (e: { preventDefault(): void }) => void) => {
        if (event === 'will-navigate') {
          let prevented = false;
          listener({ preventDefault: () => (prevented = true) });
          rec.navigateBlocked = prevented;
        }
      },
      setWindowOpenHandler: (h: () => unknown) => (rec.openDecision = h()),
      session: {
        webRequest: {
          onBeforeRequest: (h: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) => {
            for (const url of ['file:///tmp/x.html', 'https://example.com/', 'http://localhost/x']) h({ url }, (r) => (rec.cancels[url] = r.cancel));
          },
        },
      },
      printToPDF: async () => {
        if (behaviour.failPdf) throw new Error('printing failed');
        return Buffer.from('%PDF-1.7');
      },
      print: (_o: unknown, cb: (ok: boolean, reason: string) => void) => cb(behaviour.printOk ?? true, behaviour.reason ?? ''),
    };
    constructor(options: typeof PRINT_WINDOW_OPTIONS) {
      rec.options = options;
    }
    async loadURL(url: string) {
      rec.loaded = url;
      rec.loadedHtml = readFileSync(fileURLToPath(url), 'utf8');
    }
    destroy() {
      rec.destroyed = true;
    }
  };
}

const fresh = (): Recorded => ({ cancels: {}, destroyed: false });

describe('the print window', () => {
  it('is hidden, sandboxed, without preload or Node, in its own session; it cannot navigate, open windows or go online', async () => {
    const rec = fresh();
    const printer = electronPrinter(fakeWindowClass(rec, {}) as never);
    const pdf = await printer.pdf('<p>报告</p>');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7');
    expect(rec.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, partition: 'nianbao-print' } });
    expect(rec.options?.webPreferences).not.toHaveProperty('preload');
    expect(rec.navigateBlocked).toBe(true);
    expect(rec.openDecision).toEqual({ action: 'deny' });
    expect(rec.cancels).toEqual({ 'file:///tmp/x.html': false, 'https://example.com/': true, 'http://localhost/x': true });
    expect(rec.loadedHtml).toBe('<p>报告</p>');
    expect(rec.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(rec.loaded!))).toBe(false);
  });

  it('a cancelled print dialog is false, a failed print a clear error; the window goes either way', async () => {
    const cancelled = fresh();
    expect(await electronPrinter(fakeWindowClass(cancelled, { printOk: false, reason: 'cancelled' }) as never).print!('<p/>')).toBe(false);
    expect(cancelled.destroyed).toBe(true);
    const failed = fresh();
    await expect(electronPrinter(fakeWindowClass(failed, { printOk: false, reason: 'Printer offline' }) as never).print!('<p/>')).rejects.toThrow('打印没有完成：Printer offline');
    expect(failed.destroyed).toBe(true);
    const broken = fresh();
    await expect(electronPrinter(fakeWindowClass(broken, { failPdf: true }) as never).pdf('<p/>')).rejects.toThrow('printing failed');
    expect(broken.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(broken.loaded!))).toBe(false);
  });
});
