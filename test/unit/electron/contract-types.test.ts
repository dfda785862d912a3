// The page's type of window.api comes from the contract: a wrong argument is a
// compile error in the renderer, a right one compiles, and what the renderer's
// type-check reads holds no Node module. Compiled with tsconfig.web.json's options.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const WRONG = path.join(ROOT, 'test/types/window-api-wrong.ts');
const RIGHT = path.join(ROOT, 'test/types/window-api-right.ts');

function webOptions(): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.web.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(String(d.messageText)); } });
  if (!parsed) throw new Error('tsconfig.web.json unreadable');
  return parsed;
}

const web = webOptions();
const program = ts.createProgram([WRONG, RIGHT], { ...web.options, composite: false, noEmit: true, emitDeclarationOnly: false, declaration: false, incremental: false });
const diagnostics = ts.getPreEmitDiagnostics(program);
const linesWithErrors = (file: string) =>
  new Set(
    diagnostics
      .filter((d) => d.file && path.resolve(d.file.fileName) === file && d.category === ts.DiagnosticCategory.Error)
      .map((d) => d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line + 1),
  );
const marked = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((l, i) => (l.endsWith('// error') ? [i + 1] : []));

describe('window.api is typed from the contract', () => {
  it('a wrong argument to a window.api function is a type error, on exactly the marked lines', () => {
    const expected = marked(WRONG);
    expect(expected.length).toBeGreaterThanOrEqual(8);
    expect([...linesWithErrors(WRONG)].sort((a, b) => a - b)).toEqual(expected);
    // the first is the example: every argument is wrong, the first is reported
    const first = diagnostics.find((d) => d.file && path.resolve(d.file.fileName) === WRONG);
    expect(ts.flattenDiagnosticMessageText(first!.messageText, '\n')).toMatch(/'string' is not assignable to parameter of type 'number'/);
  });

  it('the same functions called rightly compile, and their answers are typed', () => {
    const errors = diagnostics.filter((d) => !d.file || path.resolve(d.file.fileName) !== WRONG);
    expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  });

  it('the renderer type-check reads no Node source', () => {
    const names = web.fileNames.map((f) => path.relative(ROOT, f));
    for (const node of ['electron/api.ts', 'electron/files.ts', 'electron/settings.ts', 'electron/ipc.ts', 'electron/main.ts']) expect(names).not.toContain(node);
    expect(web.options.types ?? []).not.toContain('node');
    // everything the typed api pulls in (contract, report/) imports no Node or Electron module
    const ours = program.getSourceFiles().filter((f) => !f.fileName.includes('/node_modules/'));
    expect(ours.map((f) => path.relative(ROOT, f.fileName))).toContain('electron/contract.ts');
    for (const f of ours) expect(f.text, f.fileName).not.toMatch(/from '(node:|fs|path|electron|better-sqlite3)['/]/);
  });
});
