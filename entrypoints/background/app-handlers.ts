import type { appToBg } from '@/lib/messaging/app-protocol';
import type { Handlers } from '@/lib/messaging/router';
import {
  bulkEdit,
  duplicates,
  merge,
  previewImport,
  restoreAbort,
  restoreBegin,
  restoreChunk,
  restoreCommit,
  runImport,
  trashList,
} from '@/lib/service/io-service';
import type { KindredService } from '@/lib/service/service';

/** Handlers of the app page's messages (lib/messaging/app-protocol.ts). */
export function appHandlers(service: KindredService): Handlers<typeof appToBg, unknown> {
  return {
    'app->bg:ping': () => true,
    'app->bg:previewImport': ({ contacts }) => previewImport(service.db, contacts),
    'app->bg:importContacts': ({ contacts, role, stage, tags, useConnectedOn }) =>
      runImport(service, contacts, { role, stage, tags, useConnectedOn }, Date.now()),
    'app->bg:backupDone': () => service.saveSettings({ lastBackupAt: Date.now() }),
    'app->bg:restoreBegin': ({ settings, counts }) => restoreBegin(settings, counts),
    'app->bg:restoreChunk': ({ session, table, json }) => restoreChunk(session, table, json),
    'app->bg:restoreCommit': ({ session }) => restoreCommit(service, session),
    'app->bg:restoreAbort': ({ session }) => restoreAbort(session),
    'app->bg:listTrash': () => trashList(service.db),
    'app->bg:bulkUpdate': ({ ids, ...change }) => bulkEdit(service, ids, change, Date.now()),
    'app->bg:duplicates': () => duplicates(service.db),
    'app->bg:merge': ({ keepId, otherIds }) => merge(service, keepId, otherIds, Date.now()),
  };
}
