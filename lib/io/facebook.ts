import { ContactDraft, type DraftContext } from './draft';
import { repairMojibake } from './text';
import type { ImportedContact, ImportIssue } from './types';

/** Facebook export files that hold people but are not the friends list. */
const NOT_FRIENDS: Record<string, string> = {
  received_requests_v2: 'received friend requests',
  sent_requests_v2: 'sent friend requests',
  rejected_requests_v2: 'rejected friend requests',
  deleted_friends_v2: 'removed friends',
  removed_friends_v2: 'removed friends',
  followers_v2: 'followers',
  following_v3: 'people you follow',
};

export interface FacebookResult {
  recognised: boolean;
  contacts: ImportedContact[];
  errors: ImportIssue[];
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The list of friends in a parsed JSON value, and the key it was under. */
function friendsList(json: unknown): { key: string; list: unknown[] } | null {
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    const obj = json as Record<string, unknown>;
    for (const key of ['friends_v2', 'friends']) {
      if (Array.isArray(obj[key])) return { key, list: obj[key] as unknown[] };
    }
  }
  return null;
}

/** True when the JSON looks like a Facebook "Download your information" connections file. */
export function isFacebookJson(json: unknown): boolean {
  if (friendsList(json)) return true;
  return !!json && typeof json === 'object' && Object.keys(json).some((k) => k in NOT_FRIENDS);
}

/**
 * Facebook "Download your information" friends: `{"friends_v2":[{"name","timestamp"}]}` and the
 * older `{"friends":[…]}`. Names arrive as UTF-8 bytes read as Latin-1 and are repaired.
 * Facebook gives no profile link or id here, so these contacts have no identities: they can
 * only be linked to a page by the user (names only suggest).
 */
export function parseFacebook(
  text: string,
  json: unknown,
  ctx: Omit<DraftContext, 'warn'>,
  warn: (i: ImportIssue) => void,
): FacebookResult {
  const found = friendsList(json);
  if (!found) {
    const other = json && typeof json === 'object' ? Object.keys(json).find((k) => k in NOT_FRIENDS) : undefined;
    return {
      recognised: !!other,
      contacts: [],
      errors: [
        {
          line: 1,
          message: other
            ? `this Facebook file lists your ${NOT_FRIENDS[other]}, not your friends; import "your_friends.json"`
            : 'this JSON file is not a Facebook friends export (no "friends_v2" or "friends" list)',
        },
      ],
    };
  }
  // The i-th `"name":` in the text is the i-th friend's, when every friend has exactly one.
  const namePositions = [...text.matchAll(/"name"\s*:/g)].map((m) => m.index ?? 0);
  const lines = namePositions.length === found.list.length ? namePositions.map((p) => lineAt(text, p)) : null;
  const contacts: ImportedContact[] = [];
  const errors: ImportIssue[] = [];
  found.list.forEach((item, i) => {
    const field = `${found.key}[${i}]`;
    const line = lines?.[i];
    if (!item || typeof item !== 'object') {
      errors.push({ line, field, message: 'this entry is not a person; it was not imported' });
      return;
    }
    const entry = item as Record<string, unknown>;
    const draft = new ContactDraft(line ?? 0, {
      ...ctx,
      warn: (issue) => warn({ ...issue, line, field: `${field}.${issue.field ?? ''}` }),
    });
    if (typeof entry.name === 'string') draft.addName(repairMojibake(entry.name));
    const info = entry.contact_info;
    if (typeof info === 'string') {
      const value = repairMojibake(info);
      if (value.includes('@')) draft.addEmails(value, 'contact_info');
      else draft.addPhones(value, 'contact_info');
    }
    if (typeof entry.timestamp === 'number' && entry.timestamp > 0 && entry.timestamp < 1e11) {
      draft.connectedOn = new Date(entry.timestamp * 1000).toISOString().slice(0, 10);
    }
    if (!draft.hasName()) {
      errors.push({ line, field: `${field}.name`, message: 'this friend has no name; it was not imported' });
      return;
    }
    const contact = draft.build();
    if (!contact) return;
    if (line === undefined) delete contact.line;
    contacts.push(contact);
  });
  return { recognised: true, contacts, errors };
}
