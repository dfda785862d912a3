// The preload (sandboxed, bundled alone): exposes window.api — one function per
// key of the main process's api, keys asked from main so they are never typed
// twice — and window.appMenu.onMenu. No ipcRenderer, no generic invoke.
import { contextBridge, ipcRenderer } from 'electron';
import { API_KEYS_CHANNEL, MENU_CHANNEL, makeApiBridge, makeMenuBridge } from './bridge';

const keys: unknown = ipcRenderer.sendSync(API_KEYS_CHANNEL);
const api = makeApiBridge(Array.isArray(keys) ? keys : [], (channel, ...args) => ipcRenderer.invoke(channel, ...args));

// a plain object for contextBridge, which copies it into the page (the bridge itself has a null prototype)
contextBridge.exposeInMainWorld('api', { ...api });

contextBridge.exposeInMainWorld(
  'appMenu',
  makeMenuBridge((listener) => {
    const handler = (_event: unknown, action: unknown) => listener(action);
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, handler);
  }),
);
