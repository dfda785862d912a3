// Build the renderer once per Playwright run; every spec serves dist/renderer.
import { buildRenderer } from './harness';

export default function globalSetup(): void {
  buildRenderer();
}
