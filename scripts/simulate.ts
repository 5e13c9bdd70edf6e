// `npm run simulate -- [--days N] scenario.json`: a thin shell over lib/engine/scenario.ts.
// stdout carries only the answer (JSON, or the --days plan); problems go to stderr, exit 1.
import { readFileSync } from 'node:fs';
import { runCli } from '../lib/engine/scenario';

const result = runCli(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
