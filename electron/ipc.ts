// Wires the api object to IPC by its keys: one handler per key, plus the
// synchronous key list the preload asks for. Only the app's own page is answered.
import { callApi, type Api, type Envelope } from './api';
import { API_KEYS_CHANNEL, apiChannel } from './bridge';

/** The part of an IPC event we look at: which frame sent it. */
export interface IpcEventLike {
  senderFrame?: { url: string; parent?: unknown } | null;
  returnValue?: unknown;
}

/** The part of ipcMain used here, so tests pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): void;
  removeHandler(channel: string): void;
}

export const REFUSED_SENDER: Envelope = { ok: false, error: { message: '拒绝来自非本程序页面的请求', code: 'forbidden' } };

/** Answer only the top frame of the app's own page; subframes have a parent. */
export function isTrustedEvent(event: IpcEventLike, isAppUrl: (url: string) => boolean): boolean {
  const f = event.senderFrame;
  if (!f || f.parent) return false;
  return isAppUrl(f.url);
}

/** Register one handler per api key; returns the keys wired (and a function to remove them). */
export function wireApi(ipc: IpcMainLike, api: Api, isAppUrl: (url: string) => boolean): { keys: string[]; dispose(): void } {
  const keys = Object.keys(api);
  ipc.on(API_KEYS_CHANNEL, (event) => {
    event.returnValue = isTrustedEvent(event, isAppUrl) ? keys : [];
  });
  for (const key of keys) {
    ipc.handle(apiChannel(key), async (event, ...args) => {
      if (!isTrustedEvent(event, isAppUrl)) return REFUSED_SENDER;
      return callApi(api, key, args);
    });
  }
  return {
    keys,
    dispose() {
      for (const key of keys) ipc.removeHandler(apiChannel(key));
    },
  };
}
