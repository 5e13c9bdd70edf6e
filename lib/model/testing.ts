// Test helpers for unit tests that need a stored contact (not used by the app).
import type { Contact } from './contact';

/** A contact row as stored, with only its required fields: each test names what it relies on. */
export function storedContact(over: Partial<Contact> = {}): Contact {
  return {
    id: 'c1',
    name: 'Ana',
    role: 'customer',
    stage: 'associate',
    startedAt: '2026-01-01',
    identities: [],
    tags: [],
    notes: '',
    details: [],
    risk: 0,
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}
