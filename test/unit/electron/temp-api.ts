// The real api on a real archive in a temp folder per test (dialogs all cancelled).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createApi, type Api } from '../../../electron/api';
import { openArchive } from '../../../electron/archive/index';
import type { Archive } from '../../../electron/archive/types';

export interface TempApi {
  api: Api;
  archive: Archive;
  dir: string;
}

/** Registers the setup for the calling test file; `ready` receives each test's fresh api. */
export function useTempApi(prefix: string, ready: (t: TempApi) => void): void {
  const t: TempApi = { api: null as unknown as Api, archive: null as unknown as Archive, dir: '' };
  beforeEach(async () => {
    t.dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    t.archive = openArchive(path.join(t.dir, 'archive.sqlite'));
    await t.archive.dailyBackup;
    t.api = createApi({
      archive: t.archive,
      dialogs: { openFile: async () => null, saveFile: async () => null, chooseFolder: async () => null },
      shell: { showInFolder() {} },
      settingsFile: path.join(t.dir, 'settings.json'),
      version: '1.0.0',
    });
    ready(t);
  });
  afterEach(() => {
    t.archive.close();
    rmSync(t.dir, { recursive: true, force: true });
  });
}
