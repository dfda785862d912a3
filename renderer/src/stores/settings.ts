// The user's settings (fonts, signature), where the data lives, and backups.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { BackupInfo } from '../../../electron/archive/types';
import type { Settings } from '../../../electron/contract';
import { api } from '../api';

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>({ fonts: 'gb2312', signature: false });
  const dataFile = ref('');
  const version = ref('');
  const today = ref(new Date());
  const backups = ref<BackupInfo[]>([]);

  async function load(): Promise<void> {
    const [s, info] = await Promise.all([api().getSettings(), api().getAppInfo()]);
    settings.value = s;
    dataFile.value = info.dataFile;
    version.value = info.version;
    today.value = new Date(info.today);
  }

  async function save(patch: Partial<Settings>): Promise<void> {
    settings.value = await api().saveSettings(patch);
  }

  async function loadBackups(): Promise<void> {
    backups.value = await api().listBackups();
  }

  async function backupTo(): Promise<{ file: string } | null> {
    const r = await api().backupTo();
    await loadBackups();
    return r;
  }

  /** replace the whole archive by a backup (a listed one, or one chosen in the dialog when file is omitted) */
  async function restoreBackup(file?: string): Promise<{ file: string } | null> {
    const r = file === undefined ? await api().restoreBackup() : await api().restoreBackup(file);
    await loadBackups();
    return r;
  }

  async function showInFolder(file: string): Promise<void> {
    await api().showInFolder(file);
  }

  return { settings, dataFile, version, today, backups, load, save, loadBackups, backupTo, restoreBackup, showInFolder };
});
