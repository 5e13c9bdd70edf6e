import type { NewContact } from '../model';

/**
 * Demo contacts for a first run and for `npm start`. Some of them are the people of the demo
 * pages (tests/fixtures), so "On this page" shows known and unknown people side by side.
 * All are marked `demo: true` and removed in one click.
 */
export interface DemoContact extends NewContact {
  daysAgo: number;
  touches?: Array<{
    kind: 'call' | 'message' | 'email' | 'meeting' | 'welcome_email';
    daysAgo: number;
    direction?: 'out' | 'in' | 'both';
  }>;
  ambition?: 'product' | 'supplement' | 'career';
  commitment?: 'casual' | 'steady' | 'driven';
}

export const DEMO_CONTACTS: DemoContact[] = [
  {
    name: 'Kwame Asante',
    role: 'distributor',
    stage: 'associate',
    daysAgo: 6,
    identities: ['email:kwame.asante@example.net'],
    ambition: 'supplement',
    commitment: 'steady',
    touches: [
      { kind: 'welcome_email', daysAgo: 6 },
      { kind: 'call', daysAgo: 4, direction: 'both' },
    ],
  },
  {
    name: 'Maria Lopez',
    role: 'customer',
    stage: 'friend',
    daysAgo: 40,
    birthday: '--03-15',
    identities: ['instagram:maria.lopez.fit', 'email:maria.lopez@example.com'],
    touches: [{ kind: 'call', daysAgo: 20, direction: 'both' }],
  },
  { name: 'Sam Patel', role: 'prospect', stage: 'associate', daysAgo: 35, identities: ['linkedin:sam-patel-demo'] },
  {
    name: 'Grace Kim',
    role: 'distributor',
    stage: 'family',
    daysAgo: 200,
    identities: ['x:gracekim_demo'],
    ambition: 'career',
    commitment: 'casual',
    touches: [{ kind: 'message', daysAgo: 30, direction: 'out' }],
  },
  { name: 'Tom Okafor', role: 'customer', stage: 'associate', daysAgo: 45, identities: ['whatsapp:+15550104477'] },
];
