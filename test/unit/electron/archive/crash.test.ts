// Fault injection: a child process autosaves as fast as it can and is killed with
// SIGKILL at random moments, 25 times on the same file. After each kill the file
// opens, passes integrity_check, and holds every edit the child saw acknowledged.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openArchive, SqliteArchive } from '../../../../electron/archive/index';
import { allCells } from '../../../../report/format';
import { getCell } from '../../../../report/report';
import { tempDir } from './helpers';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const CHILD = path.join(ROOT, 'test/fixtures/archive/crash-child.ts');
const RUNS = 25;
const PER_RUN = 1_000_000; // each run writes values from its own range, so values only grow

interface RunResult {
  acked: number[]; // values acknowledged, in order
  ready: boolean;
}

function runAndKill(file: string, backupDir: string, reportId: number, first: number, killAfterAcks: number, earlyMs: number | null): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, backupDir, String(reportId), String(first)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const result: RunResult = { acked: [], ready: false };
    let buffer = '';
    let stderr = '';
    let killed = false;
    const kill = () => {
      if (!killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    if (earlyMs !== null) setTimeout(kill, earlyMs); // sometimes during start-up: open, migration, backup
    const guard = setTimeout(kill, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!; // a torn last line was not fully acknowledged
      for (const line of lines) {
        if (line === 'ready') result.ready = true;
        else result.acked.push(Number(line.slice(2)));
      }
      if (result.acked.length >= killAfterAcks) kill();
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (_code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL') reject(new Error(`child ended without being killed: ${stderr}`));
      else resolve(result);
    });
  });
}

describe('archive under SIGKILL', () => {
  it(`keeps every acknowledged edit across ${RUNS} kills on the same file`, async () => {
    const dir = tempDir();
    const file = path.join(dir, 'archive.sqlite');
    const backupDir = path.join(dir, 'backups');
    const setup = openArchive(file, { backupDir });
    const agency = setup.saveAgency({ name: '某局', level: 'department' });
    const reportId = setup.createReport({ agencyId: agency.id, year: 2024, from: 'blank' }).id;
    await setup.dailyBackup;
    setup.close();

    const cells = allCells();
    const lastAcked = new Map<number, number>(); // cell index (or -1 for the text) → value
    let totalAcks = 0;
    for (let run = 0; run < RUNS; run++) {
      const first = (run + 1) * PER_RUN;
      const early = run % 6 === 5 ? Math.floor(Math.random() * 400) : null;
      const r = await runAndKill(file, backupDir, reportId, first, 1 + Math.floor(Math.random() * 400), early);
      totalAcks += r.acked.length;
      for (const v of r.acked) lastAcked.set(v % 10 === 0 ? -1 : v % cells.length, v);
      const maxAttempted = r.acked.length ? r.acked[r.acked.length - 1] + 1 : first;

      const archive = openArchive(file, { backupDir }) as SqliteArchive; // runs integrity_check itself
      try {
        expect((archive.db.pragma('integrity_check') as { integrity_check: string }[])[0].integrity_check).toBe('ok');
        const { report } = archive.openReport(reportId);
        for (const [key, acked] of lastAcked) {
          const stored = key === -1 ? Number(/第(\d+)次修改/.exec(report.parts.other)?.[1]) : (getCell(report, cells[key]) as number);
          // the acknowledged value, or a later one (the edit in flight at the kill may have committed)
          expect(stored, `run ${run}, ${key === -1 ? 'text' : JSON.stringify(cells[key])}`).toBeGreaterThanOrEqual(acked);
          expect(stored).toBeLessThanOrEqual(Math.max(maxAttempted, acked));
        }
      } finally {
        archive.close();
      }
    }
    expect(totalAcks).toBeGreaterThan(RUNS * 20); // the child really was writing when killed
  }, 300_000);
});
