import { DEFAULT_SETTINGS, type Settings, SettingsSchema, type Template, TemplateSchema } from '../model';
import { ContactError, describeZodError } from './contacts';
import type { KindredDB } from './db';

export async function getSettings(db: KindredDB): Promise<Settings> {
  return settingsOf(await db.settings.get('settings'));
}

/** The settings a stored row gives: the defaults of fields it lacks, all defaults if there is none. */
export function settingsOf(row: unknown): Settings {
  const parsed = SettingsSchema.safeParse(row ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Merges a partial change into the stored settings (fields not given are kept). */
export async function saveSettings(db: KindredDB, patch: Partial<Settings>, now: number): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const current = await getSettings(db);
    const parsed = SettingsSchema.safeParse({ ...current, ...patch, id: 'settings', updatedAt: now });
    if (!parsed.success) throw new ContactError(describeZodError(parsed.error));
    await db.settings.put(parsed.data);
    return parsed.data;
  });
}

export async function listTemplates(db: KindredDB): Promise<Template[]> {
  return db.templates.toArray();
}

export async function saveTemplate(db: KindredDB, template: unknown, now: number): Promise<Template> {
  const parsed = TemplateSchema.safeParse({ ...(template as object), updatedAt: now });
  if (!parsed.success) throw new ContactError(describeZodError(parsed.error));
  await db.templates.put(parsed.data);
  return parsed.data;
}

/** Reset to the shipped default: the user's copy is removed. */
export async function resetTemplate(db: KindredDB, id: string): Promise<void> {
  await db.templates.delete(id);
}
