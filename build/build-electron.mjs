// Bundles the Electron main process and the preload with esbuild:
//   electron/main.ts    → dist/electron/main.cjs    (Node, needs electron + better-sqlite3 at run time)
//   electron/preload.ts → dist/electron/preload.cjs (sandboxed: may require only 'electron')
//   electron/jobs/worker.ts → dist/electron/job-worker.cjs (imports and exports off the main thread)
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

/** The job worker alone (the tests bundle it into a folder of their own). */
export async function buildJobWorker(outfile) {
  await build({ ...common, entryPoints: ['electron/jobs/worker.ts'], outfile, sourcemap: false });
  return outfile;
}

export async function buildElectron(outDir = 'dist/electron') {
  await buildJobWorker(path.join(outDir, 'job-worker.cjs'));
  await build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: path.join(outDir, 'main.cjs'),
    // better-sqlite3 loads a native file; it stays in node_modules (unpacked from app.asar)
    external: ['electron', 'better-sqlite3'],
  });
  await build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(outDir, 'preload.cjs'),
    // a sandboxed preload has no require() beyond 'electron': everything else is bundled in
    external: ['electron'],
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // --out DIR: build elsewhere (the tests inspect a bundle without touching dist/)
  const i = process.argv.indexOf('--out');
  const outDir = i > 0 ? path.resolve(process.argv[i + 1]) : 'dist/electron';
  await buildElectron(outDir);
  console.log(`${outDir}/main.cjs, ${outDir}/preload.cjs, ${outDir}/job-worker.cjs`);
}
