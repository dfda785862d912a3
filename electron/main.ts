// The Electron main process: lifecycle, single instance, the secure window, the
// menu, the archive and the api over IPC. Kept thin: every decision lives in a
// pure module tested under Node (security, window-options, window-state, menu,
// ipc, startup, os-dialogs); this file only connects them to Electron.
import { BrowserWindow, Menu, app, dialog, ipcMain, screen, session, shell } from 'electron';
import path from 'node:path';
import { createApi } from './api';
import { createWorkerRunner } from './jobs/runner';
import { listRestoreCandidates, newestBackup, openArchive, restoreArchive } from './archive/index';
import type { Archive, OpenOptions } from './archive/types';
import { MENU_CHANNEL, type MenuAction } from './bridge';
import { wireApi } from './ipc';
import { menuTemplate } from './menu';
import { makeDialogs, makeShell } from './os-dialogs';
import { electronPrinter } from './print-window';
import { PRODUCT_NAME, appPaths, dataPaths, electronNativeBinding } from './paths';
import { isAllowedNavigation, isAllowedRequest, isAppSender, permissionDecision, windowOpenDecision, withCsp } from './security';
import { openArchiveForApp } from './startup';
import { windowOptions } from './window-options';
import { loadWindowState, restoreBounds, saveWindowState } from './window-state';

const isDev = !app.isPackaged;
// the end-to-end test runs the app on a temporary data folder, never the user's
if (process.env.NIANBAO_USER_DATA) app.setPath('userData', process.env.NIANBAO_USER_DATA);
const files = appPaths(app.getAppPath());
let mainWindow: BrowserWindow | null = null;
let archive: Archive | null = null;

if (!app.requestSingleInstanceLock()) {
  // another copy is running: it gets focus (second-instance below), this one leaves
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url, files.index)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url, files.index)) event.preventDefault();
    });
    // frames inside the page (the app uses none) may not leave the app either
    contents.on('will-frame-navigate', (details) => {
      if (!isAllowedNavigation(details.url, files.index)) details.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(windowOpenDecision);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    archive?.close();
    archive = null;
  });
  app.whenReady().then(start).catch(fatal);
}

function lockDownSession(): void {
  const s = session.defaultSession;
  s.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionDecision(permission)));
  s.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission));
  // no network: only the app's own files load
  s.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, files.rendererDir) }));
  s.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: details.url.startsWith('file:') ? withCsp(details.responseHeaders) : details.responseHeaders });
  });
}

async function start(): Promise<void> {
  if (process.platform === 'win32') app.setAppUserModelId('cn.gov.nianbao');
  lockDownSession();
  const data = dataPaths(app.getPath('userData'));
  const nativeBinding = electronNativeBinding(app.getAppPath());
  // nativeBinding: the better-sqlite3 built for Electron (npm run rebuild:electron), see build/
  const options = (nativeBinding ? { nativeBinding } : {}) as OpenOptions;
  const openers = { openArchive, newestBackup, restoreArchive, restoreCandidates: listRestoreCandidates };
  archive = await openArchiveForApp(data.archive, options, openers, {
    askRestore: async (message, detail, choices) => {
      const buttons = [...choices.map((c) => `从${c}恢复`), '退出'];
      const r = await dialog.showMessageBox({ type: 'warning', title: PRODUCT_NAME, message, detail, buttons, defaultId: 0, cancelId: choices.length, noLink: true });
      return r.response < choices.length ? r.response : 'quit';
    },
    fail: async (message, detail) => {
      await dialog.showMessageBox({ type: 'error', title: PRODUCT_NAME, message, detail, buttons: ['退出'], noLink: true });
    },
  });
  if (!archive) return app.quit();

  const documents = () => app.getPath('documents');
  // imports and exports in a child process (the script is unpacked from app.asar: build/electron-builder.yml)
  const jobs = createWorkerRunner({ workerFile: path.join(__dirname, 'job-worker.cjs').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1') });
  app.on('will-quit', () => void jobs.close());
  const api = createApi({
    jobs,
    archive,
    dialogs: makeDialogs(
      {
        showOpenDialog: (o) => (mainWindow ? dialog.showOpenDialog(mainWindow, o as Electron.OpenDialogOptions) : dialog.showOpenDialog(o as Electron.OpenDialogOptions)),
        showSaveDialog: (o) => (mainWindow ? dialog.showSaveDialog(mainWindow, o as Electron.SaveDialogOptions) : dialog.showSaveDialog(o as Electron.SaveDialogOptions)),
      },
      documents,
    ),
    shell: makeShell(shell),
    printer: electronPrinter(BrowserWindow),
    settingsFile: data.settings,
    version: app.getVersion(),
    restoreFromBackup: (backupFile) => {
      restoreArchive(data.archive, backupFile, options);
      return (archive = openArchive(data.archive, options));
    },
    reopenArchive: () => (archive = openArchive(data.archive, options)),
  });
  wireApi(ipcMain, api, (url) => isAppSender(url, files.index));

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        send: (action: MenuAction) => mainWindow?.webContents.send(MENU_CHANNEL, action),
        about: () => void dialog.showMessageBox({ type: 'info', title: '关于', message: PRODUCT_NAME, detail: `版本 ${app.getVersion()}\n政府信息公开工作年度报告编制工具（2021 年版格式）\n全部数据保存在本机，不联网。`, buttons: ['确定'] }),
        showDataFile: () => void showDataFile(data.archive),
        isDev,
        platform: process.platform,
      }),
    ),
  );
  createWindow(data.windowState);
}

function createWindow(stateFile: string): void {
  const bounds = restoreBounds(loadWindowState(stateFile), screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow(windowOptions(files.preload, bounds, files.icon));
  mainWindow = win;
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    saveWindowState(stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadFile(files.index);
}

async function showDataFile(file: string): Promise<void> {
  const r = await dialog.showMessageBox({ type: 'info', title: '数据文件位置', message: '全部报告保存在这个文件中：', detail: file, buttons: ['打开所在文件夹', '关闭'], defaultId: 0, cancelId: 1, noLink: true });
  if (r.response === 0) shell.showItemInFolder(file);
}

function fatal(e: unknown): void {
  dialog.showErrorBox(PRODUCT_NAME, `程序启动失败：${e instanceof Error ? e.message : String(e)}`);
  app.quit();
}
