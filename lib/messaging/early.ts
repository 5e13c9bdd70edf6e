/** Where entrypoints/sidepanel-early.ts leaves its pending `panel->bg:today` reply for App.tsx. */
export const EARLY_TODAY = '__kindredEarlyToday';
