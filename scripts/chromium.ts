/**
 * How Kindred starts Debian's Chromium with the built extension, everywhere: `npm start`, the
 * browser tests, the screenshots and the benchmarks. This machine has no network but the package
 * registries, so every background connection Chromium would make is switched off.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumArgs(extensionDir: string | null, { headless = true } = {}): string[] {
  return [
    ...(headless ? ['--headless=new'] : []), // the old headless mode cannot load extensions
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
  ];
}
