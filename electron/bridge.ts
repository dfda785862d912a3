// What the preload puts on window: the api's functions by key, each unwrapping
// the main process's Envelope, and the menu listener. Pure (no Electron, no
// Node) so the browser test harness exposes exactly the same surface.

/** main answers this (sendSync) with the api's keys; channels derive from them. */
export const API_KEYS_CHANNEL = 'api:keys';
export const apiChannel = (key: string): string => `api:${key}`;

/** The menu's actions sent to the page (see electron/menu.ts). */
export const MENU_ACTIONS = ['new-report', 'import', 'export'] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];
export const MENU_CHANNEL = 'menu';

export function isMenuAction(v: unknown): v is MenuAction {
  return typeof v === 'string' && (MENU_ACTIONS as readonly string[]).includes(v);
}

/** Error thrown in the page when the api refuses: the Chinese message plus a machine-readable code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The value of an { ok:true } envelope, or throw its Chinese message (and code). */
export function unwrap(envelope: unknown): unknown {
  const e = envelope as { ok?: unknown; value?: unknown; error?: { message?: unknown; code?: unknown } } | null;
  if (e && e.ok === true) return e.value;
  if (e && e.ok === false && e.error) {
    const message = typeof e.error.message === 'string' ? e.error.message : '操作失败';
    throw new ApiError(message, typeof e.error.code === 'string' ? e.error.code : 'error');
  }
  throw new ApiError('程序内部错误：收到无法识别的应答，请重新启动程序', 'error');
}

/** A key is an identifier of the api object, never a prototype name. */
const KEY = /^[a-zA-Z][a-zA-Z0-9]{0,63}$/;
const FORBIDDEN = new Set(['constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf']);

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
export type ApiBridge = Readonly<Record<string, (...args: unknown[]) => Promise<unknown>>>;

/** One function per api key, nothing else: no generic invoke reaches the page. */
export function makeApiBridge(keys: readonly unknown[], invoke: Invoke): ApiBridge {
  if (!Array.isArray(keys)) throw new ApiError('程序内部错误：无法取得功能列表', 'error');
  const bridge: Record<string, (...args: unknown[]) => Promise<unknown>> = Object.create(null);
  for (const key of keys) {
    if (typeof key !== 'string' || !KEY.test(key) || FORBIDDEN.has(key)) continue;
    const channel = apiChannel(key);
    bridge[key] = (...args: unknown[]) => invoke(channel, ...args).then(unwrap);
  }
  return Object.freeze(bridge);
}

export interface MenuBridge {
  /** listen for menu actions; returns a function that stops listening */
  onMenu(callback: (action: MenuAction) => void): () => void;
}

/** subscribe registers a raw listener and returns its removal; only known actions reach the callback. */
export function makeMenuBridge(subscribe: (listener: (action: unknown) => void) => () => void): MenuBridge {
  return Object.freeze({
    onMenu(callback: (action: MenuAction) => void) {
      if (typeof callback !== 'function') throw new ApiError('onMenu 需要一个函数', 'invalid-argument');
      return subscribe((action) => {
        if (isMenuAction(action)) callback(action);
      });
    },
  });
}
