// npm run rebuild:electron — builds better-sqlite3 for Electron (whose ABI
// differs from Node's) into resources/native/<platform>-<arch>/better_sqlite3.node,
// working on a copy so node_modules/better-sqlite3/build (Node's, used by the
// tests and the nianbao command) is never touched. main.ts loads the result
// through better-sqlite3's nativeBinding option. Skips when already built for
// this Electron version. Needs the network (Electron headers or a prebuilt binary).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const arch = process.env.npm_config_arch || process.arch;
const platform = process.platform;
const outDir = path.join(root, 'resources', 'native', `${platform}-${arch}`);
const outFile = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'built-for.json');

function electronVersion() {
  try {
    return require('electron/package.json').version;
  } catch {
    throw new Error('找不到 electron 包：请先运行 npm install');
  }
}

const version = electronVersion();
const sqliteVersion = require('better-sqlite3/package.json').version;
const stamp = { electron: version, betterSqlite3: sqliteVersion, platform, arch };

if (!process.argv.includes('--force') && existsSync(outFile) && existsSync(stampFile)) {
  const old = JSON.parse(readFileSync(stampFile, 'utf8'));
  if (JSON.stringify(old) === JSON.stringify(stamp)) {
    console.log(`better-sqlite3 for Electron ${version} already built: ${path.relative(root, outFile)}`);
    process.exit(0);
  }
}

const work = path.join(root, 'node_modules', '.cache', 'nianbao-native', `${platform}-${arch}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(path.dirname(work), { recursive: true });
const source = path.dirname(require.resolve('better-sqlite3/package.json'));
// the copy leaves out Node's binary so what we pick up afterwards is surely Electron's
cpSync(source, work, { recursive: true, filter: (f) => !f.startsWith(path.join(source, 'build')) });

const env = { ...process.env, npm_config_runtime: 'electron', npm_config_target: version, npm_config_disturl: 'https://electronjs.org/headers', npm_config_arch: arch };
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, env, stdio: 'inherit', shell: process.platform === 'win32' });

try {
  // a prebuilt binary for this Electron version when the project publishes one, else compile
  run(bin('prebuild-install'), ['--runtime', 'electron', '--target', version, '--arch', arch]);
} catch {
  console.log('no prebuilt binary; compiling with node-gyp against the Electron headers');
  try {
    run(bin('node-gyp'), ['rebuild', '--release', `--target=${version}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron']);
  } catch {
    console.error(`\n无法为 Electron ${version} 编译 better-sqlite3：需要联网下载 Electron 头文件（或预编译文件），并需要 C++ 编译环境。`);
    console.error('node_modules/better-sqlite3 中供测试使用的 Node 版本未受影响。');
    process.exit(1);
  }
}

const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
if (!existsSync(built)) throw new Error(`编译未产生 ${built}`);
mkdirSync(outDir, { recursive: true });
cpSync(built, outFile);
writeFileSync(stampFile, JSON.stringify(stamp, null, 2));
console.log(`better-sqlite3 for Electron ${version} → ${path.relative(root, outFile)}`);
