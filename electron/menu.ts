// The Chinese application menu as a pure template. Items that act on the page
// send a MenuAction to the renderer (window.appMenu.onMenu); the rest use roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from './bridge';

export interface MenuHandlers {
  /** send an action to the page */
  send(action: MenuAction): void;
  about(): void;
  showDataFile(): void;
  /** development build: adds 重新加载 and 开发者工具 */
  isDev: boolean;
  /** macOS puts 退出 under the app menu; here the menu is the same everywhere else */
  platform: NodeJS.Platform;
}

export function menuTemplate(h: MenuHandlers): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [];
  if (h.isDev) {
    view.push({ label: '重新加载', role: 'reload' }, { label: '开发者工具', role: 'toggleDevTools' }, { type: 'separator' });
  }
  view.push(
    { label: '实际大小', role: 'resetZoom' },
    { label: '放大', role: 'zoomIn' },
    { label: '缩小', role: 'zoomOut' },
    { type: 'separator' },
    { label: '全屏', role: 'togglefullscreen' },
  );
  return [
    {
      label: '文件(&F)',
      submenu: [
        { label: '新建报告', accelerator: 'CmdOrCtrl+N', click: () => h.send('new-report') },
        { label: '导入…', accelerator: 'CmdOrCtrl+O', click: () => h.send('import') },
        { label: '导出…', accelerator: 'CmdOrCtrl+E', click: () => h.send('export') },
        { type: 'separator' },
        { label: '退出', role: 'quit', accelerator: h.platform === 'win32' ? 'Alt+F4' : 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        { label: '撤销', role: 'undo' },
        // Ctrl+Y is what Word and WPS users expect for redo
        { label: '重做', role: 'redo', accelerator: 'CmdOrCtrl+Y' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图(&V)', submenu: view },
    {
      label: '帮助(&H)',
      submenu: [
        { label: '数据文件位置', click: () => h.showDataFile() },
        { type: 'separator' },
        { label: '关于', click: () => h.about() },
      ],
    },
  ];
}
