// npm start: build, rebuild better-sqlite3 for Electron, start the app. Where the
// Electron binary is missing (its download failed or was blocked) say so in one
// line and point to npm run dev, instead of a stack trace from deep in the build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** the Electron executable, or null when the package or its binary is missing */
function electronBinary() {
  try {
    const p = createRequire(import.meta.url)('electron');
    return typeof p === 'string' && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error('没有找到 Electron 程序文件（安装时未能下载），无法启动桌面程序；在浏览器中开发和查看页面请用 npm run dev');
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
for (const step of [
  [npm, ['run', 'build']],
  [npm, ['run', 'rebuild:electron']],
  [binary, ['.']],
]) {
  const r = spawnSync(step[0], step[1], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' && step[0] === npm });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
