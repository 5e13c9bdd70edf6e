/** The app page's sections, addressed by the URL hash (#contacts, #import, ...). */
export const SECTIONS = [
  { id: 'contacts', label: 'Contacts' },
  { id: 'import', label: 'Import' },
  { id: 'export', label: 'Export & backup' },
  { id: 'merge', label: 'Duplicates' },
  { id: 'playbook', label: 'Playbook' },
  { id: 'templates', label: 'Templates' },
  { id: 'trash', label: 'Trash' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export function sectionOfHash(hash: string): SectionId {
  const id = hash.replace(/^#/, '').split('?')[0];
  return SECTIONS.find((s) => s.id === id)?.id ?? 'contacts';
}
