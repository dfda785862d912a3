// The words of a failed api call as the user reads them (DOM-free, unit-tested).

/** The Chinese message of an api failure (the main process already words it for the user). */
export function messageOf(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  // Electron prefixes errors that cross IPC; users should see only our sentence
  const ours = m.replace(/^Error invoking remote method '[^']*': (Error: )?/, '');
  // a library's English reason tacked on after our Chinese one ("…失败：The database connection is not open")
  // means nothing to the user: keep the Chinese part (paths have no spaces between slashes and are kept)
  const chinese = ours.replace(/[：:]\s*[A-Za-z][A-Za-z0-9 ,.'()_-]* [A-Za-z0-9 ,.'()_-]*\.?$/, '');
  if (/[\u4e00-\u9fff]/.test(chinese)) return chinese;
  // an unexpected error with no Chinese at all: the detail is for the log, not the user
  if (ours) console.warn('untranslated error:', ours);
  return '操作失败，请重试';
}

/** The machine-readable code of an api failure ('finalised', 'invalid-argument', 'locked' …), when it crossed the bridge. */
export function codeOf(e: unknown): string | undefined {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : undefined;
}
