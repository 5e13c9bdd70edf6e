import type { appToBg } from '@/lib/messaging/app-protocol';
import type { Handlers } from '@/lib/messaging/router';
import {
  backupData,
  bulkEdit,
  duplicates,
  merge,
  previewImport,
  restoreBackup,
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
    'app->bg:backupData': () => backupData(service.db),
    'app->bg:backupDone': () => service.saveSettings({ lastBackupAt: Date.now() }),
    'app->bg:restoreBackup': ({ text }) => restoreBackup(service, text),
    'app->bg:listTrash': () => trashList(service.db),
    'app->bg:bulkUpdate': ({ ids, ...change }) => bulkEdit(service, ids, change, Date.now()),
    'app->bg:duplicates': () => duplicates(service.db),
    'app->bg:merge': ({ keepId, otherIds }) => merge(service, keepId, otherIds, Date.now()),
  };
}
