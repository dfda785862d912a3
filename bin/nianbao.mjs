#!/usr/bin/env node
// The nianbao command: runs electron/cli.ts through tsx so the source is the program.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../electron/cli.ts');
process.exitCode = await main(process.argv.slice(2));
