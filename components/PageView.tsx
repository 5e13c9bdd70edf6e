import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { displayKey } from '@/lib/identity/keys';
import type { PagePerson } from '@/lib/service/service';
import { siteOfUrl } from '@/lib/sites/hosts';
import { AddForm } from './AddForm';
import { call, onBackground } from './api';
import { DiagnosticNotice } from './DiagnosticNotice';
import { capital, kindLabel, localToday, whenLabel } from './format';
import { LinkPicker } from './LinkPicker';

interface PageData {
  tabId: number | null;
  url: string | null;
  diagnostic?: { site: string; view: string; reason: string } | null;
  people: PagePerson[];
}

/**
 * `sidepanel.html?tab=ID` pins the view to one tab (the panel opened as a tab, in tests and
 * screenshots, would otherwise describe itself). The real side panel follows the active tab.
 */
function pinnedTab(): number | undefined {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

function useActiveTabPeople() {
  const [data, setData] = useState<PageData>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const load = () =>
      call<'panel->bg:pagePeople', PageData>('panel->bg:pagePeople', { tabId: pinnedTab() })
        .then((d) => {
          setData(d);
          setError(undefined);
        })
        .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    load();
    const off = onBackground((m) => {
      if (m.type === 'bg->panel:changed') load();
    });
    const onActivated = () => load();
    const onUpdated = (_id: number, info: { status?: string }) => info.status === 'complete' && load();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      off();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return { data, error };
}

/** The people the current tab shows: known ones with their next touch, unknown ones to add or link. */
export function PageView({ openContact }: { openContact: (id: string) => void }) {
  const { data, error } = useActiveTabPeople();
  const [scanning, setScanning] = useState(false);
  const [scanFailed, setScanFailed] = useState(false);
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!data) return <p class="muted">Looking at this page…</p>;
  const site = siteOfUrl(data.url ?? undefined);
  const known = data.people.filter((p) => p.contact);
  const unknown = data.people.filter((p) => !p.contact);
  return (
    <section aria-labelledby="page-title">
      <h2 id="page-title">
        On this page{' '}
        <span class="muted">{data.people.length > 0 ? `${known.length} known · ${unknown.length} new` : ''}</span>
      </h2>
      {data.diagnostic ? (
        <DiagnosticNotice site={data.diagnostic.site} url={data.url} openContact={openContact} />
      ) : null}
      {data.people.length === 0 && !data.diagnostic ? (
        <div class="empty">
          {site ? (
            <p>
              Nobody recognisable here yet. Open a conversation, a profile or an email thread and the people in it
              appear here.
            </p>
          ) : (
            <>
              <p>
                Kindred reads Gmail, Outlook, Facebook, Messenger, Instagram, LinkedIn, X and WhatsApp Web by itself. On
                other pages it looks only when you ask.
              </p>
              {data.tabId !== null ? (
                <button
                  type="button"
                  disabled={scanning}
                  onClick={async () => {
                    setScanning(true);
                    const ok = await call<'panel->bg:scanActiveTab', boolean>('panel->bg:scanActiveTab', {
                      tabId: data.tabId!,
                    }).catch(() => false);
                    setScanFailed(!ok);
                    setScanning(false);
                  }}
                >
                  Look for people on this page
                </button>
              ) : null}
              {scanFailed ? (
                <p class="hint">
                  Click the Kindred icon in the toolbar while on this page, then try again: Chrome lets Kindred read a
                  page only after you do.
                </p>
              ) : null}
            </>
          )}
        </div>
      ) : null}
      <ul class="people" aria-label="People on this page">
        {[...known, ...unknown].map((p) => (
          <PersonRow key={p.identities[0]} person={p} openContact={openContact} />
        ))}
      </ul>
    </section>
  );
}

function PersonRow({ person, openContact }: { person: PagePerson; openContact: (id: string) => void }) {
  const [mode, setMode] = useState<'idle' | 'add' | 'link'>('idle');
  const today = localToday();
  const c = person.contact;
  if (c) {
    const overdue = !!c.nextTouchAt && c.nextTouchAt < today;
    return (
      <li class="person known">
        <button type="button" class="person-main" onClick={() => openContact(c.id)} aria-label={`Open ${c.name}`}>
          <span class="name">{c.name}</span>
          <span class={`stage stage-${c.stage}`}>{capital(c.stage)}</span>
          <span class="muted">{capital(c.role)}</span>
        </button>
        <p class={overdue ? 'next overdue' : 'next'}>
          {c.nextTouchKind ? `${kindLabel(c.nextTouchKind)}: ${whenLabel(c.nextTouchAt, today)}` : 'Nothing due'}
          {c.risk >= 60 ? (
            <span class="risk" title="At-risk score">
              {' '}
              · at risk {c.risk}
            </span>
          ) : null}
        </p>
      </li>
    );
  }
  return (
    <li class="person unknown">
      <div class="person-main">
        <span class="name">{person.displayName || displayKey(person.identities[0]!)}</span>
        <span class="muted">{person.identities.map(displayKey).join(' · ')}</span>
      </div>
      {mode === 'idle' ? (
        <div class="row">
          <button
            type="button"
            class="primary"
            onClick={() => setMode('add')}
            aria-label={`Add ${person.displayName} as a contact`}
          >
            Add
          </button>
          <button
            type="button"
            onClick={() => setMode('link')}
            aria-label={`Link ${person.displayName} to an existing contact`}
          >
            Link to…
          </button>
          {person.maybe.length > 0 ? <span class="hint">Maybe {person.maybe[0]!.name}?</span> : null}
        </div>
      ) : null}
      {mode === 'add' ? (
        <AddForm
          name={person.displayName}
          onCancel={() => setMode('idle')}
          onAdd={async (v) => {
            await call('panel->bg:addContact', { contact: { ...v, identities: person.identities } });
            setMode('idle');
          }}
        />
      ) : null}
      {mode === 'link' ? (
        <LinkPicker
          suggested={person.maybe}
          onCancel={() => setMode('idle')}
          onPick={async (target) => {
            for (const key of person.identities) await call('panel->bg:addIdentity', { id: target.id, key });
            setMode('idle');
          }}
        />
      ) : null}
    </li>
  );
}
