import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from './browser';
import { below, type Figure, info } from './stats';

const kb = (file: string) => gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length / 1024;

/** gzip sizes (node zlib, level 9) of what the build folder ships. */
export function bundleFigures(): Figure[] {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{ js: string[] }>;
    background: { service_worker: string };
  };
  const figures: Figure[] = [];
  const scripts = [...new Set(manifest.content_scripts.flatMap((c) => c.js))].sort();
  scripts.push('content-scripts/generic.js'); // injected on a toolbar click (activeTab)
  for (const file of scripts) figures.push(below(`bundle: ${file} (gzip)`, kb(file), 'KB', 20));
  figures.push(
    info(`bundle: ${manifest.background.service_worker} (gzip)`, kb(manifest.background.service_worker), 'KB'),
  );
  const html = readFileSync(join(EXTENSION_DIR, 'sidepanel.html'), 'utf8');
  // the module entry; the classic sidepanel-early.js before it is counted with the shared chunks
  const entry = /<script type="module"[^>]+src="\/([^"]+)"/.exec(html)?.[1];
  const classic = [...html.matchAll(/<script src="\/([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/rel="modulepreload"[^>]+href="\/([^"]+)"/g)].map((m) => m[1]!);
  if (entry) {
    figures.push(info(`bundle: side panel chunk ${entry} (gzip)`, kb(entry), 'KB'));
    const all = [...classic, entry, ...preloads];
    figures.push(
      info(
        `bundle: side panel with its shared chunks (${all.length} files, gzip)`,
        all.map(kb).reduce((a, b) => a + b),
        'KB',
      ),
    );
  }
  return figures;
}
