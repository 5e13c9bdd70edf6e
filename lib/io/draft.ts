import type { CountryCode } from 'libphonenumber-js/min';
import { emailKey, handleKey, identityFromText, keyFromProfileUrl, normaliseKey, phoneKey } from '../identity';
import { LIMITS } from '../model/contact';
import { parseBirthday } from './dates';
import { cleanLine, cleanText } from './text';
import type { ImportedContact, ImportIssue } from './types';

export interface DraftContext {
  defaultCountry?: CountryCode;
  warn(issue: ImportIssue): void;
}

const MAX_PHONE = 40;
const MAX_PHONES = 20;

/** The system groups of Google / Android that say nothing about the person. */
const SYSTEM_TAGS = new Set(['mycontacts', 'my contacts', 'starred', 'starred in android', 'friends & family-hidden']);

/**
 * One person being read from a row or a card. Every value goes through here, so the rules
 * (identity keys, limits, phones without a country) are the same for every format.
 */
export class ContactDraft {
  private names: string[] = [];
  private fallbackNames: string[] = [];
  private keys = new Set<string>();
  private emails = new Map<string, string>();
  private phones = new Map<string, string>();
  private tags = new Map<string, string>();
  private notes: string[] = [];
  birthday?: string;
  company?: string;
  title?: string;
  connectedOn?: string;

  constructor(
    readonly line: number,
    private readonly ctx: DraftContext,
  ) {}

  private warn(field: string, message: string): void {
    this.ctx.warn({ line: this.line, field, message });
  }

  /** A candidate display name, in order of preference (first non-empty wins). */
  addName(raw: string | undefined): void {
    const name = cleanLine(raw);
    if (name) this.names.push(name);
  }

  /** A name used only when nothing better exists (a nickname, the organisation). */
  addFallbackName(raw: string | undefined): void {
    const name = cleanLine(raw);
    if (name) this.fallbackNames.push(name);
  }

  hasName(): boolean {
    return this.names.length > 0;
  }

  addEmails(raw: string | undefined, field: string): void {
    for (const part of cleanLine(raw).split(/\s*:::\s*|[;,]\s*|\s+/)) {
      if (!part) continue;
      const key = emailKey(part);
      if (!key) {
        this.warn(field, `"${part.slice(0, 60)}" is not an email address; it was left out`);
        continue;
      }
      if (!this.emails.has(key)) this.emails.set(key, part.replace(/^mailto:/i, ''));
      this.keys.add(key);
    }
  }

  addPhones(raw: string | undefined, field: string): void {
    for (const part of cleanLine(raw).split(/\s*:::\s*/)) {
      const phone = part.replace(/^tel:/i, '').trim();
      if (!phone || !/\d/.test(phone)) continue;
      if (phone.length > MAX_PHONE) {
        this.warn(field, `"${phone.slice(0, 50)}" is too long for a phone number; it was left out`);
        continue;
      }
      const international = /^\s*(\+|00)/.test(phone);
      // Without a country, a national number can never become a key: skip libphonenumber (slow).
      const key = international || this.ctx.defaultCountry ? phoneKey(phone, this.ctx.defaultCountry) : null;
      const dedupe = key ?? `raw:${phone.replace(/\D/g, '')}`;
      if (this.phones.has(dedupe)) continue;
      if (this.phones.size >= MAX_PHONES) {
        this.warn(field, `more than ${MAX_PHONES} phone numbers; "${phone}" was left out`);
        continue;
      }
      this.phones.set(dedupe, phone);
      if (key) this.keys.add(key);
      else if (international || this.ctx.defaultCountry)
        this.warn(
          field,
          `"${phone}" is not a possible phone number; kept as written, not used to recognise the person`,
        );
      else
        this.warn(
          field,
          `"${phone}" has no country code; kept as written, not used to recognise the person (choose your country to link it)`,
        );
    }
  }

  /** A URL: profile URLs of the supported sites become identities, other sites are ignored. */
  addUrl(raw: string | undefined, field: string): void {
    for (const part of cleanLine(raw).split(/\s*:::\s*|\s+/)) {
      if (!part) continue;
      const url = part.replace(/\\:/g, ':');
      const key = /^[a-z][a-z0-9+.-]*:/i.test(url) ? keyFromProfileUrl(url) : identityFromText(url);
      if (key) this.keys.add(key);
      else if (/linkedin\.com|facebook\.com|instagram\.com|twitter\.com|x\.com\//i.test(url))
        this.warn(field, `"${url.slice(0, 80)}" is not a profile link; it was left out`);
    }
  }

  /** A site handle from a vCard social property (`X-SOCIALPROFILE;TYPE=twitter:jane`). */
  addHandle(site: string, raw: string, field: string): void {
    const value = cleanLine(raw);
    if (!value) return;
    const kind = siteKind(site);
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.includes('/')) {
      const key = identityFromText(value);
      if (key) {
        this.keys.add(key);
        return;
      }
    }
    if (kind === 'whatsapp') {
      const key = normaliseKey(`whatsapp:${value}`);
      if (key) this.keys.add(key);
      return;
    }
    if (kind) {
      const key = handleKey(kind, value);
      if (key) this.keys.add(key);
      else this.warn(field, `"${value.slice(0, 60)}" is not a ${kind} handle; it was left out`);
    }
  }

  addKey(key: string | null | undefined): void {
    const normal = key ? normaliseKey(key) : null;
    if (normal) this.keys.add(normal);
  }

  addTags(values: Iterable<string>): void {
    for (const raw of values) {
      let tag = cleanLine(raw).replace(/^\*\s*/, '');
      if (!tag || SYSTEM_TAGS.has(tag.toLowerCase())) continue;
      if (tag.length > LIMITS.tag) tag = tag.slice(0, LIMITS.tag).trim();
      if (!this.tags.has(tag.toLowerCase())) this.tags.set(tag.toLowerCase(), tag);
    }
  }

  addNote(raw: string | undefined): void {
    const note = cleanText(raw);
    if (note && !this.notes.includes(note)) this.notes.push(note);
  }

  setBirthday(raw: string | undefined, field: string): void {
    if (this.birthday || !raw?.trim()) return;
    const parsed = parseBirthday(raw);
    if (parsed.value) this.birthday = parsed.value;
    if (parsed.note) this.warn(field, parsed.value ? parsed.note : `${parsed.note}; the birthday was left out`);
  }

  setCompany(raw: string | undefined): void {
    const value = cleanLine(raw);
    if (value && !this.company) this.company = value.slice(0, LIMITS.text);
  }

  setTitle(raw: string | undefined): void {
    const value = cleanLine(raw);
    if (value && !this.title) this.title = value.slice(0, LIMITS.text);
  }

  /** True when nothing but empty cells was read. */
  isEmpty(): boolean {
    return (
      !this.names.length &&
      !this.fallbackNames.length &&
      !this.keys.size &&
      !this.phones.size &&
      !this.emails.size &&
      !this.notes.length &&
      !this.company
    );
  }

  /** The contact, or null when there is neither a name nor any way to reach the person. */
  build(): ImportedContact | null {
    const emails = [...this.emails.values()];
    const phones = [...this.phones.values()];
    let displayName = this.names[0] ?? this.fallbackNames[0] ?? this.company ?? '';
    if (!displayName) {
      displayName = emails[0] ?? phones[0] ?? '';
      if (displayName) this.warn('name', `no name; "${displayName}" is used as the name`);
    }
    if (!displayName) return null;
    if (displayName.length > LIMITS.name) {
      this.warn('name', `the name is longer than ${LIMITS.name} characters and was shortened`);
      displayName = displayName.slice(0, LIMITS.name).trim();
    }
    let identities = [...this.keys];
    if (identities.length > LIMITS.identities) {
      this.warn(
        'identities',
        `more than ${LIMITS.identities} identities; only the first ${LIMITS.identities} are kept`,
      );
      identities = identities.slice(0, LIMITS.identities);
    }
    const contact: ImportedContact = { displayName, identities, line: this.line };
    if (this.birthday) contact.birthday = this.birthday;
    if (this.notes.length) {
      let notes = this.notes.join('\n\n');
      if (notes.length > LIMITS.note) {
        this.warn('notes', `the notes are longer than ${LIMITS.note} characters and were shortened`);
        notes = notes.slice(0, LIMITS.note);
      }
      contact.notes = notes;
    }
    if (phones.length) contact.phones = phones;
    if (emails.length) contact.emails = emails;
    if (this.company) contact.company = this.company;
    if (this.title) contact.title = this.title;
    if (this.tags.size) {
      let tags = [...this.tags.values()];
      if (tags.length > LIMITS.tags) {
        this.warn('tags', `more than ${LIMITS.tags} labels; only the first ${LIMITS.tags} are kept`);
        tags = tags.slice(0, LIMITS.tags);
      }
      contact.tags = tags;
    }
    if (this.connectedOn) contact.connectedOn = this.connectedOn;
    return contact;
  }
}

export function siteKind(site: string): 'facebook' | 'instagram' | 'linkedin' | 'x' | 'whatsapp' | null {
  const s = site.toLowerCase().replace(/^x-/, '');
  if (s === 'facebook' || s === 'fb' || s === 'messenger') return 'facebook';
  if (s === 'instagram') return 'instagram';
  if (s === 'linkedin') return 'linkedin';
  if (s === 'twitter' || s === 'x') return 'x';
  if (s === 'whatsapp') return 'whatsapp';
  return null;
}
