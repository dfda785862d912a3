// The application menu's actions (文件 → 新建/导入/导出), when the shell offers them
// (window.appMenu in Electron); the screens watch `menuRequest` and open their dialogs.
import { ref } from 'vue';
import type { MenuAction } from '../../electron/bridge';
import { navigate, route } from './router';

export const menuRequest = ref<{ action: MenuAction; at: number } | null>(null);

declare global {
  interface Window {
    appMenu?: { onMenu(callback: (action: MenuAction) => void): () => void };
  }
}

export function listenToMenu(): void {
  window.appMenu?.onMenu((action) => {
    // 新建 and 导入 live on 首页; 导出 needs an open report, else it is offered there too
    if (action !== 'export' || route.value.name !== 'editor') navigate({ name: 'archive' });
    menuRequest.value = { action, at: Date.now() };
  });
}
