// The user's settings, a small JSON file beside the archive.
import { promises as fs } from 'node:fs';
import type { Settings } from './contract-results';
import { writeFileAtomic } from './files';

// the type is the contract's (the page reads it without this Node module)
export type { Settings } from './contract-results';

export const DEFAULT_SETTINGS: Settings = { fonts: 'gb2312', signature: false };

export async function loadSettings(file: string): Promise<Settings> {
  try {
    const raw = JSON.parse(await fs.readFile(file, 'utf8'));
    return {
      fonts: raw.fonts === 'windows' || raw.fonts === 'fangzheng' ? raw.fonts : 'gb2312',
      signature: raw.signature === true,
    };
  } catch {
    // missing or unreadable settings fall back to defaults; the archive holds the data that matters
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(file: string, s: Settings): Promise<Settings> {
  await writeFileAtomic(file, JSON.stringify(s, null, 2));
  return s;
}
