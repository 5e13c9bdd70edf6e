import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../scripts/chromium';

export const ROOT = resolve(import.meta.dirname, '..');
export const OUT_DIR = resolve(ROOT, process.env.KINDRED_OUT_DIR ?? '.output');
export const EXTENSION_DIR = join(OUT_DIR, 'chrome-mv3');

export interface Browser {
  context: BrowserContext;
  /** The extension's id, or '' for the browser without the extension. */
  extensionId: string;
  /** Resolves once the browser process is idle (see settle below); the milliseconds waited. */
  settle(): Promise<number>;
  /** Runs every process of this browser (and the renderers it starts later) on these CPUs (taskset's list, "0", "0-1"). */
  pin(cpus: string): void;
  close(): Promise<void>;
}

/** Every process id now running. */
const processIds = () => readdirSync('/proc').filter((d) => /^\d+$/.test(d));

/** The fields of /proc/<pid>/stat after the command name: [0] state, [1] ppid, [11] utime, [12] stime. */
const statFields = (pid: number | string) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');

/** The browser process of the Chromium started with this profile (not its renderers). */
function browserPid(profile: string): number | null {
  for (const pid of processIds()) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (cmd.includes(`--user-data-dir=${profile}`) && !cmd.some((a) => a.startsWith('--type='))) return Number(pid);
    } catch {
      // the process ended meanwhile
    }
  }
  return null;
}

/** CPU time (user + system, in clock ticks) a process has used. */
function cpuTicks(pid: number): number {
  const fields = statFields(pid);
  return Number(fields[11]) + Number(fields[12]); // utime, stime
}

/** The browser process and every process below it (zygotes, renderers, the extension's worker). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const pid of processIds()) {
    try {
      const ppid = Number(statFields(pid)[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

/**
 * Pins a browser's processes, every thread, to `cpus`. Renderers fork from a zygote, so pages
 * opened later inherit it. Used by the page-cost figure (bench/page-cost.ts says why).
 */
function pinProcesses(profile: string, cpus: string): void {
  const pid = browserPid(profile);
  if (pid === null) return;
  for (const p of processTree(pid)) {
    try {
      execFileSync('taskset', ['-a', '-p', '-c', cpus, String(p)], { stdio: 'ignore' });
    } catch {
      // the process ended meanwhile
    }
  }
}

const IDLE_SHARE = 0.1;
const SETTLE_LIMIT_MS = 180_000;

/**
 * Waits until Chromium's browser process (where IndexedDB lives) has used under 10% of a core for
 * two seconds in a row, so a figure does not measure storage work left over from the bench's own
 * bulk writes (the data sets, the imports), which no user opening the panel meets. In the full
 * run of 2026-11-23 14:38 it waited 2 - 4 s before each group; the minutes at 100% of a core seen
 * in an earlier run were the bench's own endless eachChunk walk (since fixed), not compaction.
 */
async function settleProcess(profile: string): Promise<number> {
  const pid = browserPid(profile);
  if (pid === null) return 0;
  const start = Date.now();
  let quiet = 0;
  let last = cpuTicks(pid);
  while (quiet < 2 && Date.now() - start < SETTLE_LIMIT_MS) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = cpuTicks(pid);
    quiet = (now - last) / 100 < IDLE_SHARE ? quiet + 1 : 0; // 100 ticks a second (USER_HZ)
    last = now;
  }
  return Date.now() - start;
}

/** Pages in background tabs must not be throttled while a figure runs. */
const NO_THROTTLING = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** The sites the bench serves from generated pages; every other request is refused. */
const SERVED =
  /^https:\/\/(mail\.google\.com|outlook\.office\.com|www\.facebook\.com|www\.instagram\.com|www\.linkedin\.com|x\.com|web\.whatsapp\.com)\//;

/**
 * Debian's Chromium in a fresh profile, with the built extension (or another build of it in
 * `extensionDir`) or without it (the same browser and flags, so the difference is the extension).
 */
export async function launch(withExtension: boolean, extensionDir = EXTENSION_DIR): Promise<Browser> {
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`Build the extension first (npm run bench builds it): ${extensionDir} is missing`);
  // KINDRED_BENCH_PROFILE=<dir> keeps the extension's profile (and the filled data set) between
  // runs while working on one figure; a real bench run starts from a fresh profile.
  const kept = withExtension ? process.env.KINDRED_BENCH_PROFILE : undefined;
  const dir = kept ? resolve(kept) : mkdtempSync(join(tmpdir(), 'kindred-bench-'));
  const args = withExtension
    ? [...chromiumArgs(extensionDir), ...NO_THROTTLING]
    : [...chromiumArgs(null), ...NO_THROTTLING, '--disable-extensions'];
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: false, // --headless=new above: the old headless mode cannot load extensions
    viewport: { width: 1200, height: 800 },
    args,
  });
  await context.route(
    (url) => !SERVED.test(url.href) && /^https?:/.test(url.href),
    (route) => route.abort(),
  );
  let extensionId = '';
  if (withExtension) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    settle: () => settleProcess(dir),
    pin: (cpus) => pinProcesses(dir, cpus),
    async close() {
      await context.close();
      if (!kept) rmSync(dir, { recursive: true, force: true });
    },
  };
}
