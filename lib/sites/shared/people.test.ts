import { describe, expect, it } from 'vitest';
import type { PersonOnPage } from '../types';
import { PeopleCount } from './people';

const person = (...identities: string[]): PersonOnPage => ({ displayName: 'P', identities, view: 'feed' });

describe("find's people count", () => {
  it('counts people, not keys: a person with two keys is one, a repeated key is no one new', () => {
    const count = new PeopleCount(3);
    count.add(person('email:a@x.com', 'phone:+15550100001'));
    count.add(person('email:b@x.com', 'phone:+15550100002'));
    count.add(person('phone:+15550100002')); // Ben again, by one of his keys
    count.add(null);
    expect(count.full).toBe(false);
    count.add(person('email:c@x.com'));
    expect(count.full).toBe(true);
  });

  it("never counts the viewer's keys, even the ones learnt after the count began", () => {
    const viewer = new Set<string>();
    const count = new PeopleCount(1, viewer);
    viewer.add('email:me@x.com');
    count.add(person('email:me@x.com'));
    expect(count.full).toBe(false);
    count.add(person('email:me@x.com', 'email:a@x.com'));
    expect(count.full).toBe(true);
  });
});
