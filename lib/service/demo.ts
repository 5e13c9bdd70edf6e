import type { NewContact, TouchKind, WinKind } from '../model';

/**
 * Demo contacts for a first run and for `npm start`. Kwame is on the demo Gmail thread
 * (tests/fixtures/gmail), so "On this page" shows known and new people side by side; together
 * they show a week-one distributor, a happy autoship customer, a prospect, a Dreamer and a
 * customer about to drift away. All are marked `demo: true` and removed in one click.
 */
export interface DemoContact extends NewContact {
  daysAgo: number;
  touches?: Array<{ kind: TouchKind; daysAgo: number; direction?: 'out' | 'in' | 'both' }>;
  orders?: Array<{ daysAgo: number; autoship?: boolean; amount?: number }>;
  wins?: Array<{ kind: WinKind; daysAgo: number }>;
  goal?: { text: string; amountPerMonth?: number; byDaysFromNow: number; setDaysAgo: number };
  ambition?: 'product' | 'supplement' | 'career';
  commitment?: 'casual' | 'steady' | 'driven';
  autoship?: boolean;
  details?: string[];
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
      { kind: 'checkin_call', daysAgo: 4, direction: 'both' },
    ],
  },
  {
    name: 'Maria Lopez',
    role: 'customer',
    stage: 'friend',
    daysAgo: 40,
    birthday: '--03-15',
    identities: ['instagram:maria.lopez.fit', 'email:maria.lopez@example.com'],
    autoship: true,
    details: ['two kids', 'trail running'],
    orders: [
      { daysAgo: 40, amount: 89 },
      { daysAgo: 10, amount: 89, autoship: true },
    ],
    touches: [
      { kind: 'thank_you_email', daysAgo: 40 },
      { kind: 'thank_you_card', daysAgo: 38 },
      { kind: 'call', daysAgo: 9, direction: 'both' },
    ],
  },
  { name: 'Sam Patel', role: 'prospect', stage: 'associate', daysAgo: 35, identities: ['linkedin:sam-patel-demo'] },
  {
    name: 'Grace Kim',
    role: 'distributor',
    stage: 'family',
    daysAgo: 200,
    birthday: '1988-12-02',
    identities: ['x:gracekim_demo'],
    ambition: 'career',
    commitment: 'casual',
    goal: { text: 'Replace my part-time job', amountPerMonth: 1500, byDaysFromNow: 120, setDaysAgo: 195 },
    wins: [{ kind: 'first_sale', daysAgo: 170 }],
    touches: [
      { kind: 'replan_talk', daysAgo: 190, direction: 'both' },
      { kind: 'congratulate', daysAgo: 169, direction: 'out' },
      { kind: 'meeting', daysAgo: 60, direction: 'both' },
      { kind: 'goal_check', daysAgo: 37, direction: 'both' },
      { kind: 'call', daysAgo: 5, direction: 'both' },
    ],
  },
  {
    name: 'Tom Okafor',
    role: 'customer',
    stage: 'associate',
    daysAgo: 70,
    identities: ['whatsapp:+15550104477'],
    orders: [{ daysAgo: 70, amount: 45 }],
    touches: [
      { kind: 'thank_you_email', daysAgo: 70 },
      { kind: 'thank_you_card', daysAgo: 68 },
      { kind: 'message', daysAgo: 30, direction: 'out' },
      { kind: 'message', daysAgo: 20, direction: 'out' },
      { kind: 'message', daysAgo: 8, direction: 'out' },
    ],
  },
];
