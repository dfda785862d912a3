// The shell's security decisions as pure functions and constants, so tests
// read exactly what main.ts applies (main.ts only wires them to Electron).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The one Content-Security-Policy: set as a response header by main and as a <meta> in renderer/index.html. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
  "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Parse a URL, or null: a string that is not a URL is never allowed. */
function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A file:// URL inside the app's renderer folder (no ../ escape, no host). */
function isInside(url: URL, rendererDir: string): boolean {
  if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return false;
  let file: string;
  try {
    file = path.resolve(fileURLToPath(url));
  } catch {
    return false;
  }
  const root = path.resolve(rendererDir);
  return file === root || file.startsWith(root + path.sep);
}

/**
 * May the window's page navigate to this URL? Only to the app's own index page
 * (a reload, or the same page with another #route). Everything else is prevented.
 */
export function isAllowedNavigation(url: string, indexFile: string): boolean {
  const u = parse(url);
  if (!u || u.protocol !== 'file:') return false;
  try {
    return path.resolve(fileURLToPath(u)) === path.resolve(indexFile);
  } catch {
    return false;
  }
}

/**
 * May the page load this resource? Only the app's own files (the renderer
 * folder) and inline data: images/fonts; the app never uses the network.
 * devtools: is allowed so the developer tools still work in development.
 */
export function isAllowedRequest(url: string, rendererDir: string): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === 'data:' || u.protocol === 'devtools:') return true;
  return isInside(u, rendererDir);
}

/** New windows (window.open, target=_blank): always denied. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Permission requests (camera, notifications, clipboard-read …): the app needs none of
 * them but writing the clipboard (复制网页版: the website copy as HTML and text), which
 * reads nothing.
 */
export function permissionDecision(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}

/** Is an IPC message from the app's own page (its top frame, loaded from the index file)? */
export function isAppSender(frameUrl: string | undefined | null, indexFile: string): boolean {
  if (!frameUrl) return false;
  return isAllowedNavigation(frameUrl, indexFile);
}

/** Response headers with our CSP added; file:// responses carry none of their own. */
export function withCsp(headers: Record<string, string[] | string> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (k.toLowerCase() === 'content-security-policy') continue; // ours replaces any other
    out[k] = Array.isArray(v) ? v : [v];
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}
