import { z } from 'zod';

/**
 * Messages of the app page (full tab): import, export, merge, backup. Kept apart from the side
 * panel's so the two can grow without stepping on each other; protocol.ts merges them into
 * `panelToBg` (same sender rule: the extension's own pages only).
 */
export const appToBg = {
  'app->bg:ping': z.object({}),
} as const;
