// The main window's options in one pure function, so security tests read what
// main.ts uses. Any weakening here (e.g. sandbox: false) must fail a test.
import type { BrowserWindowConstructorOptions } from 'electron';
import { PRODUCT_NAME } from './paths';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820 };
export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 640;

export function windowOptions(preloadPath: string, bounds: WindowBounds = DEFAULT_BOUNDS, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    x: bounds.x,
    y: bounds.y,
    width: Math.max(bounds.width, MIN_WIDTH),
    height: Math.max(bounds.height, MIN_HEIGHT),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: PRODUCT_NAME,
    icon: iconPath,
    show: false, // shown on ready-to-show: no white flash
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: true,
    },
  };
}
