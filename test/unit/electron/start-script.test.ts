// npm start (build/start.mjs) where the Electron binary is missing: one line that
// says so and names npm run dev, exit status 1, no stack trace. Where Electron is
// installed this would start the app, so the test is skipped there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
function hasElectron(): boolean {
  try {
    const p = createRequire(import.meta.url)('electron') as unknown;
    return typeof p === 'string' && existsSync(p);
  } catch {
    return false;
  }
}

describe('npm start without Electron', () => {
  it.skipIf(hasElectron())('says so in one line and names npm run dev', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'build/start.mjs')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Electron/);
    expect(lines[0]).toMatch(/npm run dev/);
  });
});
