import { ContactDraft, type DraftContext, siteKind } from './draft';
import type { ImportedContact, ImportIssue } from './types';
import { readVCards, splitEscaped, unescapeText, type VCard, type VProperty } from './vcard-reader';

export interface VCardResult {
  contacts: ImportedContact[];
  errors: ImportIssue[];
}

const BINARY = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);
const SOCIAL_PROPS: Record<string, string> = {
  'X-TWITTER': 'twitter',
  'X-FACEBOOK': 'facebook',
  'X-INSTAGRAM': 'instagram',
  'X-LINKEDIN': 'linkedin',
  'X-WHATSAPP': 'whatsapp',
};

function components(prop: VProperty): string[] {
  return splitEscaped(prop.value, ';').map((part) =>
    splitEscaped(part, ',')
      .map((v) => unescapeText(v).trim())
      .filter(Boolean)
      .join(' '),
  );
}

function nameFromN(prop: VProperty | undefined): string {
  if (!prop) return '';
  const [family = '', given = '', additional = '', , suffix = ''] = components(prop);
  return [given, additional, family, suffix].filter(Boolean).join(' ');
}

function paramValues(prop: VProperty, ...keys: string[]): string[] {
  return keys.flatMap((k) => prop.params[k] ?? []);
}

function readCard(card: VCard, draft: ContactDraft, warn: (i: ImportIssue) => void): void {
  const first = (name: string) => card.props.find((p) => p.name === name);
  const fn = first('FN');
  if (fn) draft.addName(unescapeText(fn.value));
  draft.addName(nameFromN(first('N')));
  for (const prop of card.props) {
    if (BINARY.has(prop.name)) continue;
    const field = prop.group ? `${prop.group}.${prop.name}` : prop.name;
    const text = () => unescapeText(prop.value);
    switch (prop.name) {
      case 'NICKNAME':
        draft.addFallbackName(splitEscaped(prop.value, ',').map(unescapeText)[0]);
        break;
      case 'ORG': {
        const [company] = components(prop);
        draft.setCompany(company);
        draft.addFallbackName(company);
        break;
      }
      case 'TITLE':
        draft.setTitle(text());
        break;
      case 'EMAIL':
        draft.addEmails(text(), field);
        break;
      case 'TEL':
        draft.addPhones(text(), field);
        break;
      case 'URL':
        draft.addUrl(text(), field);
        break;
      case 'X-SOCIALPROFILE':
      case 'IMPP': {
        const site = paramValues(prop, 'TYPE', 'X-SERVICE-TYPE').find((t) => siteKind(t)) ?? '';
        const value = text().trim();
        const user = prop.params['X-USER']?.[0];
        if (/^https?:/i.test(value)) draft.addUrl(value, field);
        else if (site) draft.addHandle(site, user ?? value.replace(/^[a-z][a-z0-9+.-]*:(?!\/\/)/i, ''), field);
        break;
      }
      case 'BDAY':
        if (prop.params.VALUE?.[0]?.toLowerCase() === 'text')
          warn({
            line: prop.line,
            field,
            message: `"${text().slice(0, 40)}" is not a date; the birthday was left out`,
          });
        else draft.setBirthday(text(), field);
        break;
      case 'NOTE':
        draft.addNote(text());
        break;
      case 'CATEGORIES':
        draft.addTags(splitEscaped(prop.value, ',').map(unescapeText));
        break;
      default:
        if (SOCIAL_PROPS[prop.name]) draft.addHandle(SOCIAL_PROPS[prop.name] ?? '', text(), field);
    }
  }
}

/** Every card of a vCard file (2.1, 3.0, 4.0) as an imported contact. */
export function parseVCardFile(
  text: string,
  ctx: Omit<DraftContext, 'warn'>,
  warn: (i: ImportIssue) => void,
): VCardResult {
  const read = readVCards(text);
  for (const w of read.warnings) warn(w);
  const contacts: ImportedContact[] = [];
  const errors = [...read.errors];
  for (const card of read.cards) {
    if (card.version && !['2.1', '3.0', '4.0'].includes(card.version))
      warn({ line: card.line, field: 'VERSION', message: `vCard version "${card.version}" was read as 3.0` });
    const kind = card.props
      .find((p) => p.name === 'KIND')
      ?.value.trim()
      .toLowerCase();
    if (kind === 'group') {
      warn({ line: card.line, field: 'KIND', message: 'a contact group (KIND:group) is not a person; it was skipped' });
      continue;
    }
    const draft = new ContactDraft(card.line, { ...ctx, warn });
    readCard(card, draft, warn);
    const contact = draft.build();
    if (contact) contacts.push(contact);
    else
      warn({
        line: card.line,
        message: 'this card has no name, email, phone or profile link; it was skipped',
      });
  }
  return { contacts, errors };
}
