// The real api outside Electron, as the end-to-end tests and `npm run dev` give it
// to the page: createApi on a real SQLite archive (reopened by restart, replaced
// by a restore from backup), and the page's window.api made by the same
// makeApiBridge the preload uses, over whatever carries the calls.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { createApi, type Api, type Dialogs, type Shell } from '../../electron/api';
import { openArchive, restoreArchive } from '../../electron/archive/index';
import type { Archive } from '../../electron/archive/types';
import { createWorkerRunner } from '../../electron/jobs/runner';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RealApi {
  /** the current api (replaced by restart) */
  api(): Api;
  archive(): Archive;
  /** the api's keys: the page gets one function per key */
  keys: string[];
  /** close the archive and open the same file again, as a restart of the app does */
  restart(): void;
  close(): void;
}

export interface RealApiOptions {
  dbFile: string;
  settingsFile: string;
  dialogs: Dialogs;
  shell: Shell;
  version: string;
  /** test only: each import or export's job process first blocks itself this long */
  jobHoldMs?: number;
}

let workerFile: string | null = null;
/** The job process bundled once per run, as build-electron bundles it for the app. */
export function jobWorkerFile(): string {
  if (workerFile) return workerFile;
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'nianbao-jobs-')), 'job-worker.cjs');
  buildSync({ entryPoints: [path.join(ROOT, 'electron/jobs/worker.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'warning' });
  return (workerFile = out);
}

export function startRealApi(o: RealApiOptions): RealApi {
  const make = () => {
    const state = { archive: openArchive(o.dbFile) };
    const jobs = createWorkerRunner({ workerFile: jobWorkerFile(), holdMs: o.jobHoldMs });
    const api = createApi({
      jobs,
      archive: state.archive,
      restoreFromBackup: (backupFile) => {
        restoreArchive(o.dbFile, backupFile);
        return (state.archive = openArchive(o.dbFile));
      },
      reopenArchive: () => (state.archive = openArchive(o.dbFile)),
      dialogs: o.dialogs,
      shell: o.shell,
      settingsFile: o.settingsFile,
      version: o.version,
    });
    return { state, api, jobs };
  };
  let current = make();
  const closeQuietly = () => {
    void current.jobs.close();
    try {
      current.state.archive.close();
    } catch {
      // already closed (a test broke it on purpose)
    }
  };
  return {
    api: () => current.api,
    archive: () => current.state.archive,
    keys: Object.keys(current.api),
    restart() {
      closeQuietly();
      current = make();
    },
    close: closeQuietly,
  };
}

let bridgeSource: string | null = null;
/** electron/bridge.ts bundled for the page, so the page unwraps exactly as under the preload */
export function bridgeScript(): string {
  bridgeSource ??= buildSync({
    entryPoints: [path.join(ROOT, 'electron/bridge.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__nianbaoBridge',
    write: false,
    target: 'chrome120',
  }).outputFiles[0].text;
  return bridgeSource;
}

/**
 * The script that gives the page window.api and window.appMenu before the page's
 * own scripts run. `call` is the source of a function (key, args) => Promise<Envelope>;
 * the menu's actions are fired through window.__menuSend, as main's menu does over IPC.
 */
export function pageScript(keys: readonly string[], call: string): string {
  return `${bridgeScript()}
(() => {
  const b = __nianbaoBridge;
  const call = ${call};
  const api = b.makeApiBridge(${JSON.stringify(keys)}, (channel, ...args) => call(channel.replace(/^api:/, ''), args));
  Object.defineProperty(window, 'api', { value: api, writable: false, configurable: false });
  const listeners = new Set();
  window.__menuSend = (action) => listeners.forEach((l) => l(action));
  const subscribe = (l) => (listeners.add(l), () => listeners.delete(l));
  Object.defineProperty(window, 'appMenu', { value: b.makeMenuBridge(subscribe), writable: false, configurable: false });
})();`;
}
