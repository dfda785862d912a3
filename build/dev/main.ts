// npm run dev [-- --data <folder>]: see build/dev/server.ts. Prints one line: the URL to open.
import path from 'node:path';
import { ROOT } from './real-api';
import { startDevServer } from './server';

const i = process.argv.indexOf('--data');
const dataDir = i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : path.join(ROOT, '.dev-data');
const dev = await startDevServer({ dataDir, logLevel: 'warn' });
const rel = path.relative(process.cwd(), dataDir);
const where = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : dataDir;
console.log(`在浏览器中打开 ${dev.url} （档案与文件在 ${where}，Ctrl+C 结束）`);

const stop = () => void dev.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
