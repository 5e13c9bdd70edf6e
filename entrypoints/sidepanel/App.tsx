import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { call, onBackground, useQuery } from '@/components/api';
import { lazyView } from '@/components/lazy';
import { Nav, type ViewName } from '@/components/Nav';
import { TodayView } from '@/components/TodayView';
import { unwrapReply } from '@/lib/messaging/client';
import { EARLY_TODAY } from '@/lib/messaging/early';
import type { Settings } from '@/lib/model';
import type { TodayLists, TodayTotals } from '@/lib/service/service';

// Today is drawn at once (the list people open the panel for); each other view is its own chunk.
const PageView = lazyView(() => import('@/components/PageView').then((m) => m.PageView));
const SearchView = lazyView(() => import('@/components/SearchView').then((m) => m.SearchView));
const SettingsView = lazyView(() => import('@/components/SettingsView').then((m) => m.SettingsView));
const ContactCard = lazyView(() => import('@/components/ContactCard').then((m) => m.ContactCard));
const Welcome = lazyView(() => import('@/components/Welcome').then((m) => m.Welcome));
const LATER = [PageView, SearchView, SettingsView, ContactCard];

// Asked before this module even loaded (sidepanel-early.js in the page's head), or else now:
// the list is what the panel waits for.
const sentEarly = (globalThis as Record<string, unknown>)[EARLY_TODAY] as Promise<unknown> | undefined;
let earlyToday: Promise<TodayLists> | null = sentEarly
  ? sentEarly.then((reply) => unwrapReply<TodayLists>('panel->bg:today', reply))
  : call<'panel->bg:today', TodayLists>('panel->bg:today', {});
/** Requests the first paint does not need wait for Today's first answer, so they never delay it. */
const todayAnswered: Promise<unknown> = earlyToday.catch(() => undefined);
const afterToday = <T,>(ask: () => Promise<T>): Promise<T> => todayAnswered.then(ask);
const loadToday = () => {
  const answer = earlyToday ?? call<'panel->bg:today', TodayLists>('panel->bg:today', {});
  earlyToday = null;
  return answer;
};

type Shown = { view: ViewName | 'contact'; contactId?: string; back?: ViewName };

function initialView(): Shown {
  const hash = location.hash.slice(1);
  if (hash.startsWith('contact/')) return { view: 'contact', contactId: hash.slice(8), back: 'page' };
  return { view: (['page', 'today', 'search', 'settings'] as const).find((v) => v === hash) ?? 'page' };
}

export function App() {
  const [shown, setShown] = useState<Shown>(initialView);
  const [focusToken, setFocusToken] = useState(0);
  const [tabId, setTabId] = useState<number | null>(null);
  const settings = useQuery(
    () => call<'panel->bg:getSettings', Settings>('panel->bg:getSettings', {}),
    [],
    ['data', 'settings'],
  );
  const today = useQuery(loadToday, []);
  // counted once the lists are on screen (and again whenever they reload), never before them
  const totals = useQuery(
    () =>
      today.data ? call<'panel->bg:todayTotals', TodayTotals>('panel->bg:todayTotals', {}) : Promise.resolve(undefined),
    [today.data],
  );
  const demo = useQuery(() => afterToday(() => call<'panel->bg:demoCount', number>('panel->bg:demoCount', {})), []);

  const show = (next: Shown) => {
    setShown(next);
    // The hash follows the view, so a reload or a link lands on the same place.
    const hash = next.view === 'contact' ? `#contact/${next.contactId}` : `#${next.view}`;
    if (location.hash !== hash) history.replaceState(null, '', hash);
    if (next.view === 'search') setFocusToken((t) => t + 1);
  };
  const openContact = (id: string) =>
    show({ view: 'contact', contactId: id, back: shown.view === 'contact' ? shown.back : (shown.view as ViewName) });

  useEffect(() => {
    // the other views load while the user reads the first one, so switching never waits
    const prefetch = () => {
      for (const view of LATER) view.prefetch();
    };
    const idle = 'requestIdleCallback' in window ? requestIdleCallback(prefetch, { timeout: 2_000 }) : undefined;
    if (idle === undefined) setTimeout(prefetch, 500);
    const track = () =>
      browser.tabs.query({ active: true, currentWindow: true }).then((t) => setTabId(t[0]?.id ?? null));
    void track();
    browser.tabs.onActivated.addListener(track);
    afterToday(() => call<'panel->bg:takePending', Shown | null>('panel->bg:takePending', {})).then(
      (v) => v && show(v),
      () => {},
    );
    const onHash = () =>
      setShown((current) => {
        const wanted = initialView();
        return wanted.view === current.view && wanted.contactId === current.contactId ? current : wanted;
      });
    window.addEventListener('hashchange', onHash);
    const off = onBackground((m) => {
      if (m.type === 'bg->panel:show') show(m.payload as unknown as Shown);
    });
    return () => {
      off();
      window.removeEventListener('hashchange', onHash);
      browser.tabs.onActivated.removeListener(track);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);

  const theme = settings.data?.theme ?? 'system';
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  if (settings.data && !settings.data.onboarded) return <Welcome onDone={() => settings.reload()} />;
  const sizes = totals.data ?? today.data?.totals;
  const dueCount = (sizes?.overdue ?? 0) + (sizes?.dueToday ?? 0);
  const demoCount = demo.data ?? 0;
  return (
    <div class="app">
      <header class="top">
        <h1>Kindred</h1>
        <Nav current={shown.view} dueCount={dueCount} onSelect={(v) => show({ view: v })} />
      </header>
      {demoCount > 0 ? (
        <div class="demo-banner" role="note">
          {demoCount} demo contacts are here to try things.{' '}
          <button type="button" class="link" onClick={() => call('panel->bg:removeDemo', {})}>
            Remove demo contacts
          </button>
        </div>
      ) : null}
      <main id="view" role="tabpanel" aria-labelledby={`tab-${shown.view === 'contact' ? 'page' : shown.view}`}>
        {shown.view === 'page' ? <PageView openContact={openContact} /> : null}
        {shown.view === 'today' ? <TodayView today={today} totals={totals.data} openContact={openContact} /> : null}
        {shown.view === 'search' ? <SearchView openContact={openContact} focusToken={focusToken} /> : null}
        {shown.view === 'settings' ? <SettingsView /> : null}
        {shown.view === 'contact' && shown.contactId ? (
          <ContactCard id={shown.contactId} tabId={tabId} onBack={() => show({ view: shown.back ?? 'page' })} />
        ) : null}
      </main>
    </div>
  );
}
