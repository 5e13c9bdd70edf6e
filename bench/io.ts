import type { Browser } from './browser';
import { DATASET, dataset } from './dataset';
import { below, type Figure, info, log, median } from './stats';

declare const __kb: {
  benchImport(csv: string, runs: number): Promise<{ parse: number[]; write: number[]; created: number }>;
  benchExport(
    runs: number,
  ): Promise<{ panel: number[]; direct: number[]; csv: number[]; bytes: number; touches: number; failure: string }>;
};

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
  const exp = await data.page.evaluate((runs) => __kb.benchExport(runs), 3);
  const total = imp.parse.map((p, i) => p + imp.write[i]!);
  if (exp.failure) log(`io: the app's export path failed: ${exp.failure}`);
  log(
    `io: import ${imp.created} contacts: parse ${median(imp.parse).toFixed(0)} + write ${median(imp.write).toFixed(0)} ms; export ${exp.touches} touches: ${(exp.bytes / 1e6).toFixed(1)} MB backup, app path ${median(exp.panel).toFixed(0)} ms, in page ${median(exp.direct).toFixed(0)} ms`,
  );
  return [
    below(`import: Google CSV of 10,000 rows, parse + write (${imp.created} created)`, median(total) / 1000, 's', 2),
    info('import: of which parse (parseContactsFile)', median(imp.parse), 'ms'),
    info('import: of which write (importContacts, one transaction)', median(imp.write), 'ms'),
    below(
      `export: backup of ${DATASET.contacts.toLocaleString('en')} contacts + ${DATASET.touches.toLocaleString('en')} touches (app->bg:backupData + exportBackup)${exp.failure ? ` FAILS: ${exp.failure}` : ''}`,
      median(exp.panel) / 1000,
      's',
      5,
      exp.failure ? { met: false } : {},
    ),
    info('export: the same read + exportBackup in one page, no message', median(exp.direct) / 1000, 's'),
    info('export: backup file size', exp.bytes / 1e6, 'MB'),
    info('export: Google CSV of 20,000 contacts (contactsToGoogleCsv)', median(exp.csv), 'ms'),
  ];
}
