import { cleanName, MAX_NAME } from './shared/clean-name';
import type { Diagnostic, PersonOnPage } from './types';

/**
 * What leaves the content script: names cleaned and bounded, keys bounded, anchors stripped,
 * at most 500 people. Hand-checked rather than zod so the content bundle stays small; the
 * background validates again with zod (lib/messaging/protocol.ts).
 */
export const MAX_PEOPLE_SENT = 500;

export interface PersonWireOut {
  displayName: string;
  identities: string[];
  view?: string;
}

export function toWire(people: readonly PersonOnPage[]): PersonWireOut[] {
  const out: PersonWireOut[] = [];
  for (const p of people) {
    const identities = p.identities
      .filter((k) => typeof k === 'string' && k.length >= 3 && k.length <= 210)
      .slice(0, 20);
    if (identities.length === 0) continue;
    out.push({
      displayName: cleanName(p.displayName).slice(0, MAX_NAME),
      identities,
      ...(p.view ? { view: String(p.view).slice(0, 40) } : {}),
    });
    if (out.length >= MAX_PEOPLE_SENT) break;
  }
  return out;
}

export function diagnosticToWire(d: Diagnostic | undefined) {
  if (!d) return undefined;
  return {
    site: String(d.site).slice(0, 20),
    view: String(d.view).slice(0, 40),
    reason: String(d.reason).slice(0, 300),
  };
}
