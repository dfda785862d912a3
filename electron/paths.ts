// Where the app keeps and finds its files. Pure: callers pass in Electron's folders.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const PRODUCT_NAME = '政府信息公开年报';

/** The user's data, all in Electron's userData folder. */
export function dataPaths(userData: string) {
  return {
    archive: path.join(userData, 'archive.sqlite'),
    settings: path.join(userData, 'settings.json'),
    windowState: path.join(userData, 'window-state.json'),
  };
}

/** The built app's files, relative to the app root (dist/electron/main.cjs is two levels below it). */
export function appPaths(appRoot: string) {
  const rendererDir = path.join(appRoot, 'dist', 'renderer');
  return {
    rendererDir,
    index: path.join(rendererDir, 'index.html'),
    preload: path.join(appRoot, 'dist', 'electron', 'preload.cjs'),
    icon: path.join(appRoot, 'resources', 'icon.png'),
  };
}

/** Folder of the better-sqlite3 binary built against Electron's headers (build/rebuild-electron.mjs). */
export function nativeDir(appRoot: string, platform: string = process.platform, arch: string = process.arch): string {
  return path.join(appRoot, 'resources', 'native', `${platform}-${arch}`);
}

/**
 * The Electron build of better-sqlite3 for `npm start`, when present; undefined
 * means better-sqlite3's own build (in the packaged app electron-builder rebuilt it for Electron).
 */
export function electronNativeBinding(appRoot: string, platform: string = process.platform, arch: string = process.arch): string | undefined {
  const file = path.join(nativeDir(appRoot, platform, arch), 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
