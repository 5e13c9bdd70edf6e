import { useEffect, useState } from 'preact/hooks';
import { AppNav } from '@/components/app/AppNav';
import { BackupReminder } from '@/components/app/BackupReminder';
import { ContactsView } from '@/components/app/ContactsView';
import { ExportView } from '@/components/app/ExportView';
import { useSettings } from '@/components/app/hooks';
import { ImportView } from '@/components/app/ImportView';
import { MergeView } from '@/components/app/MergeView';
import { PlaybookView } from '@/components/app/PlaybookView';
import { SECTIONS, type SectionId, sectionOfHash } from '@/components/app/sections';
import { TemplatesView } from '@/components/app/TemplatesView';
import { TrashView } from '@/components/app/TrashView';
import { Toast } from '@/components/app/toast';

const VIEWS: Record<SectionId, () => preact.JSX.Element> = {
  contacts: ContactsView,
  import: ImportView,
  export: ExportView,
  merge: MergeView,
  playbook: PlaybookView,
  templates: TemplatesView,
  trash: TrashView,
};

/** The full-page app: every contact, import/export, duplicates, the playbook and templates. */
export function AppPage() {
  const [section, setSection] = useState<SectionId>(sectionOfHash(location.hash));
  const settings = useSettings();
  useEffect(() => {
    const onHash = () => setSection(sectionOfHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    const theme = settings.data?.theme;
    if (theme && theme !== 'system') document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  }, [settings.data?.theme]);
  useEffect(() => {
    document.title = `${SECTIONS.find((s) => s.id === section)?.label} · Kindred`;
    document.getElementById('app-main')?.focus({ preventScroll: true });
  }, [section]);
  const View = VIEWS[section];
  return (
    <div class="app-page">
      <header class="app-top">
        <h1>Kindred</h1>
        <AppNav current={section} />
      </header>
      <BackupReminder settings={settings.data} />
      <main id="app-main" tabIndex={-1}>
        <View />
      </main>
      <Toast />
    </div>
  );
}
