// Build the renderer once per Playwright run, into a folder of this run; the
// workers inherit its path through the environment. Removed at the end.
import { rmSync } from 'node:fs';
import { buildRenderer } from './harness';

export default function globalSetup(): () => void {
  const dir = buildRenderer();
  return () => rmSync(dir, { recursive: true, force: true });
}
