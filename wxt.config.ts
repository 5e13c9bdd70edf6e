import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { SUPPORTED_HOST_PATTERNS } from './lib/sites/hosts';

// The manifest is built per browser: Chrome gets a side_panel, Firefox a sidebar_action.
// Permissions stay minimal; each one is named with the feature that needs it.
export default defineConfig({
  srcDir: '.',
  // KINDRED_OUT_DIR lets parallel builds (bench, browser tests) each use their own folder.
  outDir: process.env.KINDRED_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
    chromiumArgs: [
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
  manifest: ({ browser }) => ({
    name: 'Kindred',
    description:
      'Keep your people: recognises them on the page, remembers them on your machine, tells you the next touch.',
    permissions: [
      'storage', // unlimitedStorage companions: settings, persistent storage request
      'unlimitedStorage', // years of relationships in IndexedDB
      'alarms', // daily recompute and the notification time
      'notifications', // today's touches, at-risk people
      'activeTab', // "what is on this page?" for any other site, on a toolbar click
      'scripting', // inject the generic finder on an activeTab click
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Asked for only when the user switches on the weekly backup file (components/app/AutoBackup.tsx).
    optional_permissions: ['downloads'],
    host_permissions: SUPPORTED_HOST_PATTERNS,
    // Only the extension's own scripts run in its pages; no eval, no remote code.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'"
        : { extension_pages: "script-src 'self'; object-src 'self'" },
    action: { default_title: 'Kindred' },
    commands: {
      'quick-lookup': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open Kindred with the search box focused',
      },
    },
    ...(browser === 'firefox'
      ? {
          sidebar_action: { default_panel: 'sidepanel.html', default_title: 'Kindred', open_at_install: false },
          browser_specific_settings: { gecko: { id: 'kindred@kindred.local', strict_min_version: '121.0' } },
        }
      : { side_panel: { default_path: 'sidepanel.html' } }),
  }),
});
