import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, EXTENSION_DIR, ROOT } from './browser';
import { bundleSource } from './bundle-code';
import { DATASET, dataset } from './dataset';
import { below, type Figure, info, log, median, round } from './stats';

interface ExportResult {
  floor: number[];
  chunked: number[];
  rows: number;
  panel: number[];
  direct: number[];
  csv: number[];
  validate: number[];
  restoreSend: number[];
  bytes: number;
  touches: number;
  exact: boolean;
  failure: string;
}

declare const __kb: {
  benchImport(
    csv: string,
    runs: number,
  ): Promise<{ parse: number[]; write: number[]; rawWrite: number[]; created: number }>;
};
declare const __kbio: { benchExport(runs: number): Promise<ExportResult> };

/**
 * The export figures run the product's own page path (lib/service/backup-file.ts pageBackup, the
 * function components/app/ExportView.tsx's button calls: the page reads the database itself, in
 * one readonly transaction), bundled from this source into bench-io.js beside bench-ext.js (a
 * bench-only file of the build folder).
 */
const IN_PAGE = `
import { backupText, pageBackup } from './lib/service/backup-file';
import { eachChunk } from './lib/db/idb';
import { openExisting, readSnapshot } from './lib/db/snapshot';
import { KindredDB } from './lib/db/db';
import { contactsToGoogleCsv } from './lib/io/export';
import { parseBackup, readBackupFile, sendRestore, serializeBackup } from './lib/io/export/backup';

async function send(type, payload) {
  const reply = await chrome.runtime.sendMessage({ type, payload });
  if (!reply?.ok) throw new Error(type + ': ' + (reply?.error ?? 'no answer'));
  return reply.value;
}
/** The product's restore messages, aborted instead of committed: the bench data set stays as it is. */
const dryRestore = {
  begin: (settings, counts) => send('app->bg:restoreBegin', { settings, counts }),
  chunk: (session, table, json) => send('app->bg:restoreChunk', { session, table, json }),
  commit: async (session) => { await send('app->bg:restoreAbort', { session }); return { contacts: -1 }; },
  abort: (session) => send('app->bg:restoreAbort', { session }),
};

/**
 * The storage floor, measured beside the export in each run (storage right after the import's
 * writes is slower for a while): every row of every store read as pageBackup reads them, nothing
 * done to them; and the same rows chunk after chunk, each chunk its own transaction (eachChunk).
 */
async function rawRead() {
  const idb = await openExisting();
  const stores = Array.from(idb.objectStoreNames);
  let rows = 0;
  let t = performance.now();
  await readSnapshot(idb, stores, (_store, chunk) => { rows += chunk.length; });
  const floor = performance.now() - t;
  t = performance.now();
  for (const store of stores) await eachChunk(idb, store, 20000, () => undefined);
  const chunked = performance.now() - t;
  idb.close();
  return { rows, floor, chunked };
}

async function benchExport(runs) {
  const floor = [], chunked = [], panel = [], direct = [], csv = [], validate = [], restoreSend = [];
  let rows = 0, bytes = 0, touches = 0, exact = true, failure = '';
  for (let r = 0; r < runs; r++) {
    const raw = await rawRead();
    floor.push(raw.floor);
    chunked.push(raw.chunked);
    rows = raw.rows;
    let text = '';
    let t = performance.now();
    try {
      // the app page's real path: its own readonly transaction, each chunk a Blob as it arrives
      const blob = await pageBackup(Date.now());
      panel.push(performance.now() - t);
      bytes = blob.size;
      text = await blob.text();
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
      panel.push(performance.now() - t);
    }
    if (text && r === 0) {
      // the file restores: every row valid, and export -> parse -> export gives the same text
      t = performance.now();
      const data = parseBackup(text);
      validate.push(performance.now() - t);
      exact = exact && serializeBackup(data, data.exportedAt) === text;
      touches = data.touches.length;
      t = performance.now();
      await sendRestore(readBackupFile(text), dryRestore);
      restoreSend.push(performance.now() - t);
    }
    // the weekly backup's path (the service worker's Dexie connection, the same read, one string)
    const db = new KindredDB('kindred');
    t = performance.now();
    await backupText(db, Date.now());
    direct.push(performance.now() - t);
    const contacts = await db.contacts.toArray();
    t = performance.now();
    contactsToGoogleCsv(contacts);
    csv.push(performance.now() - t);
    db.close();
  }
  return { floor, chunked, rows, panel, direct, csv, validate, restoreSend, bytes, touches, exact, failure };
}
globalThis.__kbio = { benchExport };
`;

async function loadInPage(ext: Browser, page: Awaited<ReturnType<typeof dataset>>['page']): Promise<void> {
  const code = await bundleSource({
    stdin: { contents: IN_PAGE, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-io-inpage.ts' },
  });
  writeFileSync(join(EXTENSION_DIR, 'bench-io.js'), code);
  await page.addScriptTag({ url: `chrome-extension://${ext.extensionId}/bench-io.js` });
  await page.waitForFunction(() => '__kbio' in globalThis);
}

const HEADER =
  'First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Website 1 - Label,Website 1 - Value';
const FIRST = ['Maria', 'Tom', 'Aisha', 'Luis', 'Sara', 'Kai', 'Noa', 'Hanne', 'Ruth', 'Omar'];
const LAST = ['Garcia', 'Baker', 'Bello', 'Ortega', 'Keller', 'Tanaka', 'Levi', 'Sorensen', 'Okoye', 'Haddad'];

/** A Google Contacts export (current layout, as tests/fixtures/imports/google-current.csv) of `rows` people. */
export function googleCsv(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const first = FIRST[i % FIRST.length];
    const last = `${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i}`;
    const birthday = i % 3 === 0 ? `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}` : '';
    const notes = i % 4 === 0 ? `"Met at the fair, ${i}\nTwo kids"` : '';
    const phone = i % 2 === 0 ? `+34 6${String(10_000_000 + i).slice(0, 8)}` : '';
    const site = i % 5 === 0 ? `https://www.instagram.com/ig.person${i}/` : '';
    lines.push(
      `${first},,${last},,,,,,,,Acme,Coach,,${birthday},${notes},,* myContacts ::: Team,* Home,imp${i}@example.com,,,Mobile,${phone},,,Profile,${site}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Import (parse + write, in an extension page) and export of the 20,000-contact data set. */
export async function ioFigures(ext: Browser): Promise<Figure[]> {
  const data = await dataset(ext);
  const csv = googleCsv(10_000);
  const imp = await data.page.evaluate(([text, runs]) => __kb.benchImport(text as string, runs as number), [csv, 3]);
  await loadInPage(ext, data.page);
  const exp = await data.page.evaluate((runs) => __kbio.benchExport(runs), 3);
  const total = imp.parse.map((p, i) => p + imp.write[i]!);
  if (exp.failure) log(`io: the app's export path failed: ${exp.failure}`);
  if (!exp.exact) log('io: the backup does NOT round trip exactly (export -> parse -> export differs)');
  log(
    `io: import ${imp.created} contacts: parse ${median(imp.parse).toFixed(0)} + write ${median(imp.write).toFixed(0)} ms (raw floor ${median(imp.rawWrite).toFixed(0)} ms); raw read of everything ${median(exp.floor).toFixed(0)} ms (chunk after chunk ${median(exp.chunked).toFixed(0)} ms); export ${exp.touches} touches: ${(exp.bytes / 1e6).toFixed(1)} MB backup, app path ${median(exp.panel).toFixed(0)} ms, weekly path ${median(exp.direct).toFixed(0)} ms; restore: validate ${median(exp.validate).toFixed(0)} ms, chunks to the background ${median(exp.restoreSend).toFixed(0)} ms; exact round trip: ${exp.exact}`,
  );
  return [
    below(`import: Google CSV of 10,000 rows, parse + write (${imp.created} created)`, median(total) / 1000, 's', 2),
    info('import: of which parse (parseContactsFile)', median(imp.parse), 'ms'),
    info('import: of which write (importContacts, one transaction)', median(imp.write), 'ms', {
      baseline: round(median(imp.rawWrite)),
      ratio: round(median(imp.write) / median(imp.rawWrite)),
    }),
    info('import: storage floor, the same 10,000 rows added raw in one transaction', median(imp.rawWrite), 'ms'),
    below(
      `export: backup of ${DATASET.contacts.toLocaleString('en')} contacts + ${DATASET.touches.toLocaleString('en')} touches (the app page's pageBackup: one readonly transaction, into a Blob)${exp.failure ? ` FAILS: ${exp.failure}` : ''}${exp.exact ? '' : ' NOT EXACT'}`,
      median(exp.panel) / 1000,
      's',
      5,
      exp.failure || !exp.exact ? { met: false } : {},
    ),
    info(
      `export: storage floor, every row of every table read raw, nothing serialised (readSnapshot, ${exp.rows.toLocaleString('en')} rows)`,
      median(exp.floor) / 1000,
      's',
    ),
    info(
      'export: the same rows read raw chunk after chunk (getAll of 20,000, eachChunk)',
      median(exp.chunked) / 1000,
      's',
    ),
    info('export: the weekly backup (backupText in one string: the same read)', median(exp.direct) / 1000, 's'),
    info('export: backup file size', exp.bytes / 1e6, 'MB'),
    info(
      'restore: parseBackup of the file (JSON + every row through zod), in the page',
      median(exp.validate) / 1000,
      's',
    ),
    info(
      'restore: restoreBegin + restoreChunk of every row (validated in the background), aborted before commit',
      median(exp.restoreSend) / 1000,
      's',
    ),
    info('export: Google CSV of 20,000 contacts (contactsToGoogleCsv)', median(exp.csv), 'ms'),
  ];
}
