// The api's Dialogs and Shell on top of Electron's dialog and shell modules,
// which are passed in (fakes in tests). A cancelled dialog is null.
import path from 'node:path';
import type { Dialogs, FileFilter, Shell } from './api';

interface OpenResult {
  canceled: boolean;
  filePaths: string[];
}
interface SaveResult {
  canceled: boolean;
  filePath?: string;
}
/** The part of Electron's dialog module used here (window argument already bound). */
export interface DialogModule {
  showOpenDialog(options: { title: string; filters?: FileFilter[]; properties: string[]; defaultPath?: string }): Promise<OpenResult>;
  showSaveDialog(options: { title: string; defaultPath?: string; filters?: FileFilter[]; properties?: string[] }): Promise<SaveResult>;
}

export function makeDialogs(dialog: DialogModule, defaultFolder: () => string): Dialogs {
  return {
    async openFile({ title, filters }) {
      const r = await dialog.showOpenDialog({ title, filters, properties: ['openFile'], defaultPath: defaultFolder() });
      return r.canceled || !r.filePaths[0] ? null : r.filePaths[0];
    },
    async saveFile({ title, defaultName, filters }) {
      const r = await dialog.showSaveDialog({
        title,
        // names come from the report's unit: keep them a file name, not a path
        defaultPath: path.join(defaultFolder(), safeFileName(defaultName)),
        filters,
        properties: ['showOverwriteConfirmation'],
      });
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async openFiles({ title, filters }) {
      const r = await dialog.showOpenDialog({ title, filters, properties: ['openFile', 'multiSelections'], defaultPath: defaultFolder() });
      return r.canceled || !r.filePaths.length ? null : r.filePaths;
    },
    async chooseFolder({ title }) {
      const r = await dialog.showOpenDialog({ title, properties: ['openDirectory', 'createDirectory'], defaultPath: defaultFolder() });
      return r.canceled || !r.filePaths[0] ? null : r.filePaths[0];
    },
  };
}

/** Characters Windows refuses in file names, and path separators, become full-width or removed. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/]/g, '－')
    .replace(/[<>:"|?*\u0000-\u001f]/g, '')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 180);
  return cleaned || '年度报告';
}

export function makeShell(shell: { showItemInFolder(file: string): void; openPath(file: string): Promise<string> }): Shell {
  return {
    showInFolder: (file) => shell.showItemInFolder(file),
    // openPath answers with an error text ('' when it opened)
    openDocument: async (file) => {
      const error = await shell.openPath(file);
      if (error) throw new Error(error);
    },
  };
}
