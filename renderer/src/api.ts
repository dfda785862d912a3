// window.api as the preload exposes it: one async function per key of the api,
// typed from its contract (electron/contract.ts, pure), so a wrong argument is
// a type error here. Only the Pinia stores import this module.
export type Api = import('../../electron/contract').PageApi;

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
