import { describe, expect, it } from 'vitest';
import { TemplateSchema } from '../model/settings';
import { ROLES, type Role, STAGES, SUGGESTED_KINDS, type SuggestedKind } from '../model/vocabulary';
import { SEGMENT_NAMES } from '../segments';
import { DEFAULT_TEMPLATES, TEMPLATE_KINDS_BY_ROLE } from './defaults';
import { pickTemplate, renderTemplate, type TemplateValues } from './render';

/** PLAYBOOK.md, "Which rules apply to whom", written out independently of defaults.ts. */
const PLAN: SuggestedKind[] = ['checkin_call', 'tips', 'team_call_invite'];
const EVERYONE: SuggestedKind[] = ['congratulate', 'birthday_card', 'birthday_call', 'meet_in_person', 'keep_in_touch'];
const APPLIES: Record<Role, SuggestedKind[]> = {
  distributor: [
    'welcome_email',
    'greeting_card',
    ...PLAN,
    'expectation_talk',
    'goal_check',
    'action_review',
    'first_win_help',
    'replan_talk',
    ...EVERYONE,
  ],
  customer: [
    'thank_you_email',
    'thank_you_card',
    ...PLAN,
    'reorder_reminder',
    'one_and_done_checkin',
    'autoship_talk',
    ...EVERYONE,
  ],
  prospect: [...EVERYONE],
};

const FULL: TemplateValues = {
  firstName: 'Maria',
  fullName: 'Maria Lopez',
  myName: 'Anna',
  signature: 'Anna Smith\nIndependent distributor',
  goal: '"Pay the car"',
  goalAmount: '400',
  daysToGoal: 30,
  teamCallDay: 'Tuesday',
  teamCallTime: '19:00',
  birthday: 'March 15',
  lastOrderDate: 'March 1',
  reorderDate: 'March 31',
  winKind: 'first_sale',
  segment: 'Builder',
};

const CALLS = new Set<SuggestedKind>(['checkin_call', 'birthday_call']);
const isCall = (kind: SuggestedKind) => CALLS.has(kind);
const EMAILS = new Set<SuggestedKind>(['welcome_email', 'thank_you_email']);

describe('default templates', () => {
  it('are valid templates with unique ids that say what they are', () => {
    const ids = new Set<string>();
    for (const t of DEFAULT_TEMPLATES) {
      expect(TemplateSchema.safeParse(t).success, t.id).toBe(true);
      expect(ids.has(t.id), t.id).toBe(false);
      ids.add(t.id);
      const expected = t.segment
        ? `${t.kind}.segment:${t.segment}`
        : [t.kind, t.role, t.stage].filter(Boolean).join('.');
      expect(t.id).toBe(expected);
      if (t.stage) expect(t.role, `${t.id}: a stage variant names its role`).toBeDefined();
      if (t.segment) expect(SEGMENT_NAMES).toContain(t.segment);
    }
  });

  it('has a plain default for every suggested kind', () => {
    for (const kind of SUGGESTED_KINDS) {
      expect(DEFAULT_TEMPLATES.find((t) => t.id === kind)?.kind, kind).toBe(kind);
    }
  });

  it('lists the kinds each role can get as PLAYBOOK says', () => {
    for (const role of ROLES) expect([...TEMPLATE_KINDS_BY_ROLE[role]].sort()).toEqual([...APPLIES[role]].sort());
  });

  it('gives every role a fitting default for every kind it can get, at every stage and segment', () => {
    for (const role of ROLES) {
      for (const kind of APPLIES[role]) {
        for (const stage of STAGES) {
          for (const segment of [null, ...SEGMENT_NAMES]) {
            const t = pickTemplate([], kind, { role, stage, segment });
            const where = `${kind} for ${role}/${stage}/${segment}`;
            expect(t.kind, where).toBe(kind);
            if (t.role) expect(t.role, where).toBe(role);
            if (t.stage) expect(t.stage, where).toBe(stage);
            if (t.segment) expect(t.segment, where).toBe(segment);
          }
        }
      }
    }
  });

  it('has role variants where the words differ', () => {
    for (const kind of PLAN) {
      expect(pickTemplate([], kind, { role: 'distributor' }).id).toBe(`${kind}.distributor`);
      expect(pickTemplate([], kind, { role: 'customer' }).id).toBe(`${kind}.customer`);
    }
    for (const role of ROLES) expect(pickTemplate([], 'meet_in_person', { role }).id).toBe(`meet_in_person.${role}`);
  });

  it('has stage variants where the relationship matters', () => {
    for (const role of ROLES) {
      for (const kind of ['keep_in_touch', 'birthday_card', 'meet_in_person', 'congratulate'] as const) {
        const bodies = STAGES.map((stage) => pickTemplate([], kind, { role, stage }).body);
        expect(new Set(bodies).size, `${kind} for ${role}`).toBe(3);
      }
      const friend = pickTemplate([], 'birthday_call', { role, stage: 'friend' });
      const family = pickTemplate([], 'birthday_call', { role, stage: 'family' });
      expect(family.body).not.toBe(friend.body);
    }
  });

  it('has segment variants for tips and goal checks', () => {
    for (const segment of ['Loyal customer', 'Fast starter', 'Dreamer', 'Leader']) {
      expect(pickTemplate([], 'tips', { role: 'customer', stage: 'associate', segment }).id).toBe(
        `tips.segment:${segment}`,
      );
      expect(pickTemplate([], 'goal_check', { role: 'distributor', stage: 'friend', segment }).id).toBe(
        `goal_check.segment:${segment}`,
      );
    }
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.id, t] as const))('%s renders fully, short and signed', (_id, t) => {
    const r = renderTemplate(t, FULL);
    expect(r.missing).toEqual([]);
    expect(r.body).not.toMatch(/[{}]/);
    expect(r.subject ?? '').not.toMatch(/[{}]/);
    expect(r.body).toContain('Maria');
    if (EMAILS.has(t.kind)) {
      expect(t.subject).toBeTruthy();
      expect(t.body).toContain('{signature}');
    }
    if (isCall(t.kind)) expect(t.body).toContain('{myName}');
    else expect(t.body).toMatch(/\{(myName|signature)\}\s*$/);
    // Short: 2 to 5 sentences of message (call scripts are talking points, also short).
    const prose = r.body.split('\n').filter((l) => !l.startsWith('-') && /[.?!]/.test(l));
    const sentences = prose.join(' ').match(/[^.?!]+[.?!]+/g) ?? [];
    if (!isCall(t.kind)) expect(sentences.length, r.body).toBeGreaterThanOrEqual(2);
    expect(sentences.length, r.body).toBeLessThanOrEqual(5);
    expect(t.body.length).toBeLessThan(500);
  });

  it('sounds like a person, not an advert', () => {
    const hype =
      /!!|\b(amazing|incredible|life-?changing|opportunity of a lifetime|financial freedom|guaranteed|passive income|don't miss|act now|limited time|buy now)\b/i;
    for (const t of DEFAULT_TEMPLATES) {
      const text = `${t.subject ?? ''}\n${t.body}`;
      expect(text, t.id).not.toMatch(hype);
      expect(text, t.id).not.toMatch(/\p{Extended_Pictographic}/u);
      expect(text.match(/!/g)?.length ?? 0, t.id).toBeLessThanOrEqual(2);
    }
  });

  it('reads without holes when only the names are known', () => {
    const bare: TemplateValues = { firstName: 'Maria', fullName: 'Maria Lopez', myName: 'Anna', signature: '' };
    for (const t of DEFAULT_TEMPLATES) {
      const r = renderTemplate(t, bare);
      expect(r.missing, t.id).toEqual([]);
      expect(r.body, t.id).not.toMatch(/[{}]| ,| \.|\s{3,}|\bon soon\b/);
      expect(r.body.trimEnd().endsWith('Anna') || isCall(t.kind), t.id).toBe(true);
    }
  });
});
