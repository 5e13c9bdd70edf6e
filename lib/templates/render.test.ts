import { describe, expect, it } from 'vitest';
import type { Contact } from '../model/contact';
import { DEFAULT_SETTINGS, type Template } from '../model/settings';
import { storedContact } from '../model/testing';
import { DEFAULT_TEMPLATES } from './defaults';
import {
  firstNameOf,
  mergeTemplates,
  PLACEHOLDERS,
  pickTemplate,
  renderTemplate,
  type TemplateContactLike,
  type TemplateSettingsLike,
  type TemplateValues,
  templateValues,
} from './render';

const tpl = (id: string, extra: Partial<Template> = {}): Template => ({
  id,
  kind: 'tips',
  body: id,
  updatedAt: 0,
  ...extra,
});

const NAMES: TemplateValues = { firstName: 'Maria', fullName: 'Maria Lopez', myName: 'Anna', signature: 'Anna S.' };

describe('pickTemplate', () => {
  const set = [
    tpl('tips'),
    tpl('tips.customer', { role: 'customer' }),
    tpl('tips.customer.friend', { role: 'customer', stage: 'friend' }),
    tpl('tips.segment:Dreamer', { segment: 'Dreamer' }),
  ];
  const pick = (ctx: Parameters<typeof pickTemplate>[2]) => pickTemplate([], 'tips', ctx, set).id;

  it('takes the most specific match: segment > role + stage > role > kind', () => {
    expect(pick({ role: 'customer', stage: 'friend', segment: 'Dreamer' })).toBe('tips.segment:Dreamer');
    expect(pick({ role: 'customer', stage: 'friend', segment: 'Leader' })).toBe('tips.customer.friend');
    expect(pick({ role: 'customer', stage: 'family' })).toBe('tips.customer');
    expect(pick({ role: 'distributor', stage: 'friend' })).toBe('tips');
    expect(pick({})).toBe('tips');
  });

  it('never takes a template for another role, stage or segment', () => {
    const only = [tpl('tips.customer.friend', { role: 'customer', stage: 'friend' }), tpl('tips')];
    expect(pickTemplate([], 'tips', { role: 'customer', stage: 'associate' }, only).id).toBe('tips');
    expect(pickTemplate([], 'tips', { stage: 'friend' }, only).id).toBe('tips');
  });

  it('matches segments whatever their case', () => {
    expect(pick({ segment: 'dreamer' })).toBe('tips.segment:Dreamer');
    expect(pick({ segment: null })).toBe('tips');
  });

  it("lets the user's edit replace the default with the same id", () => {
    const edit = { ...DEFAULT_TEMPLATES.find((t) => t.id === 'tips.customer')!, body: 'My own tip text, {firstName}.' };
    expect(pickTemplate([edit], 'tips', { role: 'customer' }).body).toBe('My own tip text, {firstName}.');
    expect(pickTemplate([edit], 'tips', { role: 'distributor' }).id).toBe('tips.distributor');
    const merged = mergeTemplates([edit]);
    expect(merged).toHaveLength(DEFAULT_TEMPLATES.length);
    expect(merged.filter((t) => t.id === 'tips.customer')).toEqual([edit]);
  });

  it('prefers the user over a default of equal specificity, and a more specific default over both', () => {
    const mine = tpl('my-tips', { role: 'customer', body: 'mine' });
    expect(pickTemplate([mine], 'tips', { role: 'customer' }).body).toBe('mine');
    const generic = tpl('tips', { body: 'my generic tip' });
    expect(pickTemplate([generic], 'tips', { role: 'prospect' }).body).toBe('my generic tip');
    expect(pickTemplate([generic], 'tips', { role: 'customer' }).id).toBe('tips.customer');
  });

  it('skips a template whose body was blanked, falling back to the next one', () => {
    const blank = { ...DEFAULT_TEMPLATES.find((t) => t.id === 'tips.customer')!, body: '   ' };
    expect(pickTemplate([blank], 'tips', { role: 'customer' }).id).toBe('tips');
  });

  it("reads an engine templateKey by its kind ('goal_check.end', 'congratulate.first_sale')", () => {
    expect(pickTemplate([], 'goal_check.end', { role: 'distributor' }).kind).toBe('goal_check');
    expect(pickTemplate([], 'congratulate.first_sale', { role: 'prospect', stage: 'family' }).id).toBe(
      'congratulate.prospect.family',
    );
  });

  it('always returns a draft, even with no template at all', () => {
    expect(pickTemplate([], 'tips', {}, []).body).toContain('{firstName}');
  });
});

describe('renderTemplate', () => {
  it('fills every known placeholder', () => {
    const body = PLACEHOLDERS.map((p) => `{${p}}`).join('|');
    const r = renderTemplate(
      { body },
      {
        ...NAMES,
        goal: 'G',
        goalAmount: 1500,
        daysToGoal: 12,
        teamCallDay: 'Tuesday',
        teamCallTime: '19:00',
        birthday: 'March 15',
        lastOrderDate: 'March 1',
        reorderDate: 'March 31',
        winKind: 'rank_advance',
        segment: 'Builder',
      },
    );
    expect(r.missing).toEqual([]);
    expect(r.body).toBe(
      'Maria|Maria Lopez|Anna|Anna S.|G|1,500|12|Tuesday|19:00|March 15|March 1|March 31|your new rank|Builder',
    );
  });

  it('leaves an unknown placeholder visible and lists it once, from subject and body', () => {
    const r = renderTemplate({ subject: 'Hi {nickname}', body: 'Hi {nickname}, {firstName} {petName}' }, NAMES);
    expect(r.subject).toBe('Hi {nickname}');
    expect(r.body).toBe('Hi {nickname}, Maria {petName}');
    expect(r.missing).toEqual(['nickname', 'petName']);
  });

  it('accepts {{name}}, { name } and any case for known placeholders', () => {
    expect(renderTemplate({ body: '{{firstName}} { myName } {FIRSTNAME}' }, NAMES).body).toBe('Maria Anna Maria');
  });

  it('renders graceful fallbacks instead of holes', () => {
    const r = renderTemplate(
      {
        subject: 'On {teamCallDay}',
        body: 'Look at {goal} on {teamCallDay} at {teamCallTime}: {winKind}, due {reorderDate}.',
      },
      NAMES,
    );
    expect(r.missing).toEqual([]);
    expect(r.subject).toBe('On the usual day');
    expect(r.body).toBe('Look at your goal on the usual day at the usual time: your good news, due soon.');
    expect(renderTemplate({ body: 'Hi {firstName}' }, { ...NAMES, firstName: ' ' }).body).toBe('Hi there');
  });

  it('signs with myName when there is no signature, and drops a sign-off line with no name', () => {
    expect(renderTemplate({ body: 'Hi.\n\n{signature}' }, { ...NAMES, signature: '' }).body).toBe('Hi.\n\nAnna');
    const none = { ...NAMES, myName: '', signature: '' };
    expect(renderTemplate({ body: 'Hi.\n\nWarmly,\n{myName}\n' }, none).body).toBe('Hi.\n\nWarmly,');
    expect(renderTemplate({ body: "Hi, it's {myName}." }, none).body).toBe("Hi, it's me.");
  });

  it('shows days to the goal as a count that never goes below zero', () => {
    expect(renderTemplate({ body: '{daysToGoal} days' }, { ...NAMES, daysToGoal: -4 }).body).toBe('0 days');
    expect(renderTemplate({ body: '{daysToGoal} days' }, NAMES).body).toBe('a few days');
  });

  it('never re-reads inserted values, and renders emoji and long names as they are', () => {
    const r = renderTemplate(
      { body: 'Hi {firstName}, {goal}' },
      { ...NAMES, firstName: '{goal} 🌸', goal: '{myName}' },
    );
    expect(r.body).toBe('Hi {goal} 🌸, {myName}');
    expect(r.missing).toEqual([]);
    const long = 'Maria-Fernanda de los Ángeles '.repeat(6).trim();
    const r2 = renderTemplate(DEFAULT_TEMPLATES.find((t) => t.id === 'welcome_email')!, { ...NAMES, firstName: long });
    expect(r2.subject).toBe(`Welcome to the team, ${long}`);
    expect(r2.body.startsWith(`Hi ${long},`)).toBe(true);
  });

  it('has no subject when the template has none', () => {
    expect('subject' in renderTemplate({ body: 'x' }, NAMES)).toBe(false);
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Maria Lopez', 'Maria'],
    ['  maria   lopez ', 'Maria'],
    ['MARIA LOPEZ', 'Maria'],
    ['Lopez, Maria', 'Maria'],
    ['Dr. Maria Lopez', 'Maria'],
    ['🌸 Maria 🌸 Lopez', 'Maria'],
    ['Maria🌸', 'Maria'],
    ["Siobhán O'Brien", 'Siobhán'],
    ['Jean-Luc Picard', 'Jean-Luc'],
    ['JP Morgan', 'JP'],
    ['李 小龍', '李'],
    ['🌸🌸', ''],
    ['', ''],
  ])('%j -> %j', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });
});

describe('templateValues', () => {
  const contact: TemplateContactLike = {
    name: 'Maria Lopez',
    birthday: '--03-15',
    goal: { text: 'Pay the car.', amountPerMonth: 1200, by: '2026-06-01' },
    ambition: 'career',
    hoursPerWeek: 2,
  };
  const settings: TemplateSettingsLike = {
    myName: 'Anna',
    signature: 'Anna Smith',
    teamCallTime: '19:00',
    playbook: { teamCallWeekday: 'tuesday' },
  };

  it('builds the values from the contact, the settings and now', () => {
    expect(templateValues(contact, settings, '2026-03-08')).toEqual({
      firstName: 'Maria',
      fullName: 'Maria Lopez',
      myName: 'Anna',
      signature: 'Anna Smith',
      goal: '"Pay the car"',
      goalAmount: '1,200',
      daysToGoal: 85,
      teamCallDay: 'Tuesday',
      teamCallTime: '19:00',
      birthday: 'March 15',
      segment: 'Dreamer',
    });
  });

  it('counts calendar days whatever the time of day, negative once the date has passed', () => {
    expect(templateValues(contact, settings, '2026-05-31T23:59').daysToGoal).toBe(1);
    expect(templateValues(contact, settings, '2026-06-04').daysToGoal).toBe(-3);
  });

  it('takes the weekday from the settings or the playbook, and the extras of the suggestion', () => {
    const v = templateValues(contact, { teamCallWeekday: 'FRIDAY' }, '2026-03-08', {
      winKind: 'first_sale',
      lastOrderDate: '2026-03-01',
      reorderDate: '2026-03-31T10:00',
    });
    expect(v).toMatchObject({
      teamCallDay: 'Friday',
      signature: '',
      myName: '',
      winKind: 'first_sale',
      lastOrderDate: 'March 1',
      reorderDate: 'March 31',
    });
    expect(v.teamCallTime).toBeUndefined();
  });

  it('leaves out what is not known, and renders fallbacks for it', () => {
    const v = templateValues({ name: 'Sam' }, { teamCallWeekday: null }, '2026-03-08');
    expect(v).toEqual({ firstName: 'Sam', fullName: 'Sam', myName: '', signature: '' });
    const r = renderTemplate(pickTemplate([], 'goal_check', { role: 'distributor', segment: 'Fast starter' }), v);
    expect(r.body).toContain('checkpoint time on your goal: a few days to go');
    expect(r.missing).toEqual([]);
  });

  it('ignores an invalid goal date and a null goal', () => {
    expect(templateValues({ name: 'A B', goal: { by: 'soon' } }, {}, '2026-03-08').daysToGoal).toBeUndefined();
    expect(templateValues({ name: 'A B', goal: null }, {}, '2026-03-08').goal).toBeUndefined();
  });

  it('accepts a real Contact and the real Settings', () => {
    const c: Contact = storedContact({ name: '🌸 Maria Lopez', stage: 'friend', startedAt: '2026-03-01' });
    const v = templateValues(c, DEFAULT_SETTINGS, '2026-03-08');
    expect(v.firstName).toBe('Maria');
    expect(renderTemplate(pickTemplate([], 'keep_in_touch', c), v).body.startsWith('Hi Maria!')).toBe(true);
  });
});
