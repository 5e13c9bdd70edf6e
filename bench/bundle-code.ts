import { join } from 'node:path';
import { type BuildOptions, build } from 'esbuild';
import { ROOT } from './browser';

const cache = new Map<string, string>();

/**
 * Bundles a bench entry (and the product modules it imports) into one IIFE for a page. The
 * product code is bundled as it is: nothing of it is changed or copied.
 */
export async function bundle(entry: string): Promise<string> {
  const hit = cache.get(entry);
  if (hit) return hit;
  const code = await bundleSource({ entryPoints: [join(ROOT, entry)] });
  cache.set(entry, code);
  return code;
}

/** The same bundling for a source given as text (`stdin`) or a file (`entryPoints`). */
export async function bundleSource(input: Pick<BuildOptions, 'entryPoints' | 'stdin'>): Promise<string> {
  const result = await build({
    ...input,
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
  return result.outputFiles[0]!.text;
}
