import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, simulate } from '../../lib/engine/scenario';

const root = join(__dirname, '..', '..');
const dir = join(root, 'tests', 'scenarios');
const scenarios = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));
const read = (path: string) => readFileSync(path, 'utf8');

describe('scenario files: the answer computed by hand', () => {
  it('has at least 10 scenarios, each with its expected answer', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of scenarios) {
    it(file, () => {
      const expected = JSON.parse(read(join(dir, file.replace(/\.json$/, '.expected.json'))));
      const out = runCli([join(dir, file)], read);
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      expect(JSON.parse(out.stdout)).toEqual(expected);
    });
  }
});

const base = {
  now: '2026-03-08',
  contact: { name: 'Maria Lopez', role: 'distributor', stage: 'associate', startedAt: '2026-03-01' },
  events: [] as unknown[],
};
const bad = (patch: (s: typeof base & Record<string, unknown>) => void) => {
  const s = structuredClone(base) as typeof base & Record<string, unknown>;
  patch(s);
  const out = runCli(['x.json'], () => JSON.stringify(s));
  expect(out.code).toBe(1);
  expect(out.stdout).toBe('');
  return out.stderr;
};

describe('scenario validation: clear errors naming the field', () => {
  it('an unknown touch kind', () => {
    expect(bad((s) => s.events.push({ type: 'touch', kind: 'hug', at: '2026-03-02' }))).toContain(
      'events[0].kind: unknown touch kind "hug"',
    );
  });

  it('an unknown event type and an unknown win kind', () => {
    expect(bad((s) => s.events.push({ type: 'gift', at: '2026-03-02' }))).toContain(
      'events[0].type: unknown event type "gift"',
    );
    expect(bad((s) => s.events.push({ type: 'win', kind: 'lottery', at: '2026-03-02' }))).toContain(
      'events[0].kind: unknown win kind "lottery"',
    );
  });

  it('an impossible date: 2026-02-30', () => {
    expect(
      bad((s) => {
        s.contact.startedAt = '2026-02-30';
      }),
    ).toContain('contact.startedAt: not a real ISO date or date-time: "2026-02-30"');
    expect(bad((s) => Object.assign(s.contact, { birthday: '--02-30' }))).toContain(
      'contact.birthday: not a real birthday',
    );
  });

  it('a negative cadence in the settings', () => {
    expect(
      bad((s) => {
        s.settings = { cadenceDays: { friend: -1 } };
      }),
    ).toContain('settings.cadenceDays.friend: must be >= 1');
  });

  it('missing required fields, unknown fields, a bad role', () => {
    expect(bad((s) => delete (s as Partial<typeof base>).now)).toContain('now: ');
    expect(bad((s) => Object.assign(s.contact, { birthdate: '1990-01-01' }))).toContain(
      'contact.birthdate: unknown field',
    );
    expect(bad((s) => Object.assign(s.contact, { role: 'boss' }))).toContain('contact.role: unknown role "boss"');
  });

  it('not JSON at all, no file, an unreadable file, a bad option', () => {
    expect(runCli(['x.json'], () => '{nope').stderr).toContain('not valid JSON');
    expect(runCli([], read).code).toBe(1);
    expect(
      runCli(['missing.json'], () => {
        throw new Error('ENOENT');
      }).stderr,
    ).toContain('missing.json: cannot read');
    expect(runCli(['--days', 'ten', 'x.json'], read).stderr).toContain('--days: must be a whole number');
  });
});

describe('--days N: the day-by-day plan as text', () => {
  it('prints the plan from day 0 with the due items of each day', () => {
    const text = simulate(read(join(dir, '01-distributor-week-1.json')), { days: 14 });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Plan for Maria Lopez (distributor, associate) from 2026-03-01, 14 days; now is 2026-03-08');
    // the welcome email is logged on day 0, so day 0 shows only the Dreamer risk
    expect(lines[1]).toBe(
      '2026-03-01 sun day   0  risk 0 -> 35: Dreamer: expects a career from under 3 hours a week (ambition and commitment do not match)',
    );
    expect(text).not.toContain('welcome_email');
    expect(text).toContain(
      '2026-03-02 mon day   1  [low] team_call_invite: Invite Maria to the team call on Tuesday 2026-03-03 (call 1 of 13)',
    );
    expect(lines).toContain(
      '2026-03-08 sun day   7  [normal] checkin_call: Day 7 check-in call: Maria joined 7 days ago   <- now',
    );
    expect(text).toContain('2026-03-10 tue day   9  [normal] birthday_card:');
    expect(text).not.toContain('2026-03-15 sun'); // day 14 is past the 14 days asked for
  });

  it('parses --days=N too', () => {
    const out = runCli(['--days=3', join(dir, '06-prospect.json')], read);
    expect(out.code).toBe(0);
    expect(out.stdout.split('\n')[0]).toBe(
      'Plan for Nina Rossi (prospect, associate) from 2026-02-01, 3 days; now is 2026-03-05',
    );
  });
});

describe('npm run simulate (tsx scripts/simulate.ts) as a process', () => {
  it('prints pure JSON on stdout, and exits non-zero on an invalid scenario', { timeout: 60_000 }, () => {
    const ok = spawnSync('npx', ['tsx', 'scripts/simulate.ts', 'tests/scenarios/04-birthday-feb-29.json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual(JSON.parse(read(join(dir, '04-birthday-feb-29.expected.json'))));
    expect(ok.stdout.trimStart().startsWith('{')).toBe(true);

    const badFile = join(root, 'tests', 'scenarios', 'invalid', 'impossible-date.json');
    const fail = spawnSync('npx', ['tsx', 'scripts/simulate.ts', badFile], { cwd: root, encoding: 'utf8' });
    expect(fail.status).toBe(1);
    expect(fail.stdout).toBe('');
    expect(fail.stderr).toContain('contact.startedAt: not a real ISO date or date-time: "2026-02-30"');
  });
});
