// Preloaded into a child node process by the import tests: at exit, its peak
// memory (max RSS, KB) goes to the file NIANBAO_RSS_FILE names, so a test can
// bound a command's memory without /usr/bin/time and without touching its stderr.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.NIANBAO_RSS_FILE) writeFileSync(process.env.NIANBAO_RSS_FILE, String(process.resourceUsage().maxRSS));
});
