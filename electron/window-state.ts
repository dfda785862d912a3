// Window size and position remembered between runs in a small JSON file;
// restored only if it still lands on a screen (a laptop unplugged from its monitor).
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { DEFAULT_BOUNDS, MIN_HEIGHT, MIN_WIDTH, type WindowBounds } from './window-options';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const int = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** Keep the useful part of whatever the file holds; anything odd means defaults. */
export function parseWindowState(text: string): WindowBounds | null {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const { x, y, width, height, maximized } = raw;
  if (!int(width) || !int(height) || width < 200 || height < 200 || width > 20000 || height > 20000) return null;
  const b: WindowBounds = { width, height, maximized: maximized === true };
  if (int(x) && int(y)) {
    b.x = x;
    b.y = y;
  }
  return b;
}

/** Enough of the window's title bar (top 40px, a 100px stretch) lies on one display's work area. */
export function isOnScreen(b: WindowBounds, workAreas: Rect[]): boolean {
  if (b.x === undefined || b.y === undefined) return true; // no position: the OS centres it
  const { x, y } = b;
  return workAreas.some((a) => {
    const overlapX = Math.min(x + b.width, a.x + a.width) - Math.max(x, a.x);
    const titleInside = y >= a.y && y + 40 <= a.y + a.height;
    return overlapX >= 100 && titleInside;
  });
}

/** The bounds to open with: saved ones if they still fit a screen, else the default size centred. */
export function restoreBounds(saved: WindowBounds | null, workAreas: Rect[]): WindowBounds {
  if (!saved) return { ...DEFAULT_BOUNDS };
  const sized = { ...saved, width: Math.max(saved.width, MIN_WIDTH), height: Math.max(saved.height, MIN_HEIGHT) };
  if (isOnScreen(sized, workAreas)) return sized;
  return { width: sized.width, height: sized.height, maximized: sized.maximized };
}

export function loadWindowState(file: string): WindowBounds | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null; // first run, or unreadable: the default size is fine
  }
}

/** Synchronous on purpose: it runs as the window closes, and the app may quit right after. */
export function saveWindowState(file: string, b: WindowBounds): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(b));
    renameSync(tmp, file);
    return true;
  } catch {
    rmSync(tmp, { force: true });
    return false; // not worth bothering the user: next start uses the default size
  }
}
