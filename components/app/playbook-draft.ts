import { DEFAULT_PLAYBOOK, type PlaybookSettings } from '@/lib/engine';

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Only the fields that differ from the defaults: what `settings.playbook` stores. */
export function overridesOf(draft: Json, base: Json = DEFAULT_PLAYBOOK): Record<string, Json> {
  const out: Record<string, Json> = {};
  if (!isObject(draft)) return out;
  for (const [key, value] of Object.entries(draft)) {
    const b = isObject(base) ? base[key] : undefined;
    if (isObject(value) && isObject(b)) {
      const inner = overridesOf(value, b);
      if (Object.keys(inner).length) out[key] = inner;
    } else if (JSON.stringify(value) !== JSON.stringify(b)) out[key] = value;
  }
  return out;
}

/** Sets the value at a dotted path in a copy of the draft. */
export function setPath(draft: PlaybookSettings, path: string, value: Json): PlaybookSettings {
  const copy = structuredClone(draft) as unknown as Record<string, Json>;
  const parts = path.split('.');
  let node = copy;
  for (const p of parts.slice(0, -1)) node = node[p] as Record<string, Json>;
  node[parts[parts.length - 1]!] = value;
  return copy as unknown as PlaybookSettings;
}

export function getPath(draft: PlaybookSettings, path: string): Json {
  let node: Json = draft;
  for (const p of path.split('.')) node = isObject(node) ? node[p] : undefined;
  return node;
}

/** "2, 7, 14" -> [2, 7, 14]; a word that is not a number stays NaN so the check names the field. */
export function parseDayList(text: string): number[] {
  return text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((t) => Number(t));
}
