// Issue 12 §13: nianbao convert in.json out.docx --fonts gb2312|windows|fangzheng --signature [--tidy],
// run as the command, the .docx read back.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chineseDate } from '../../../../report/text';
import { bodyParagraphs, readDocx } from '../../../fixtures/docx/read-docx';
import { SEED_JSON, seedReport } from '../../../fixtures/docx/reports';

const ROOT = path.resolve(__dirname, '../../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-cli-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/nianbao.mjs'), 'convert', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('nianbao convert options for the .docx', () => {
  it('--fonts fangzheng --signature --tidy: the 方正 fonts, the 落款 with today’s date, the tidied text', () => {
    const out = path.join(dir, 'a.docx');
    const r = run(SEED_JSON, out, '--fonts', 'fangzheng', '--signature', '--tidy');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const { files, doc, styles } = readDocx(readFileSync(out));
    expect(files['word/styles.xml']).toMatch(/w:eastAsia="方正仿宋_GBK"/);
    expect(files['word/fontTable.xml']).toContain('w:name="方正小标宋_GBK"');
    const texts = bodyParagraphs(doc, styles).map((p) => p.text).filter(Boolean);
    expect(texts.slice(-2)).toEqual([seedReport().unit, chineseDate(new Date())]);
    expect(texts.join('')).toContain('2023年1月1日');
  });

  it('--fonts=windows, no 落款 unless asked', () => {
    const out = path.join(dir, 'b.docx');
    expect(run(SEED_JSON, out, '--fonts=windows').status).toBe(0);
    const { files, doc, styles } = readDocx(readFileSync(out));
    expect(files['word/styles.xml']).toMatch(/w:eastAsia="仿宋"/);
    expect(files['word/styles.xml']).not.toContain('NianbaoSignature');
    expect(bodyParagraphs(doc, styles).map((p) => p.text).filter(Boolean).at(-1)).toBe((seedReport().closing ?? '').split('\n').at(-1));
  });

  it('an unknown font set, or a .docx option for a .json, is refused in one line (exit 2), nothing written', () => {
    for (const args of [['--fonts', 'songti'], ['--fonts'], ['--signature']]) {
      const out = path.join(dir, args[0] === '--signature' ? 'c.json' : 'c.docx');
      const r = run(SEED_JSON, out, ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/--fonts 后面需要 gb2312、windows、fangzheng 之一|只用于输出 \.docx/);
      expect(existsSync(out)).toBe(false);
    }
  });
});
