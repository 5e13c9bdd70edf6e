import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './browser';

const cache = new Map<string, string>();

/**
 * Bundles a bench entry (and the product modules it imports) into one IIFE for a page. The
 * product code is bundled as it is: nothing of it is changed or copied.
 */
export async function bundle(entry: string): Promise<string> {
  const hit = cache.get(entry);
  if (hit) return hit;
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
    tsconfig: join(ROOT, 'tsconfig.json'),
    define: { 'import.meta.env.DEV': 'false', 'import.meta.env.MODE': '"production"' },
    logLevel: 'error',
  });
  const code = result.outputFiles[0]!.text;
  cache.set(entry, code);
  return code;
}
