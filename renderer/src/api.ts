// window.api as the preload exposes it: the api object of electron/api.ts, one
// async function per key. Only the Pinia stores import this module.
export type Api = import('../../electron/api').Api;

declare global {
  interface Window {
    api: Api;
  }
}

export function api(): Api {
  if (!window.api) throw new Error('程序未正确启动（缺少 api），请关闭后重新打开');
  return window.api;
}

export { codeOf, messageOf } from './messages';
