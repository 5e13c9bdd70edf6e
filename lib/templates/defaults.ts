import type { Template } from '../model/settings';
import type { Role, Stage, SuggestedKind } from '../model/vocabulary';

/**
 * The default message templates: one for every suggested touch kind, plus variants by role, by
 * relationship stage and by segment where the right words differ (PLAYBOOK.md, "Messages").
 *
 * Ids follow TemplateSchema: `kind`, `kind.role`, `kind.role.stage`, `kind.segment:<Segment Name>`.
 * The user's edits replace a default with the same id (see render.ts, pickTemplate).
 *
 * Voice (seeds 000, 002, 004): warm, short, plain words, about the person and never a pitch.
 * Written messages are signed: emails with `{signature}`, cards and chat messages with `{myName}`.
 * Calls get talking points for the user to say in their own words. Tips hold a `[your tip]`
 * marker on purpose: the tip of the week is the user's to choose.
 */

/** Which suggested kinds each role can receive (PLAYBOOK.md, "Which rules apply to whom"). */
export const TEMPLATE_KINDS_BY_ROLE: Readonly<Record<Role, readonly SuggestedKind[]>> = {
  distributor: [
    'welcome_email',
    'greeting_card',
    'checkin_call',
    'tips',
    'team_call_invite',
    'congratulate',
    'birthday_card',
    'birthday_call',
    'meet_in_person',
    'keep_in_touch',
    'expectation_talk',
    'goal_check',
    'action_review',
    'first_win_help',
    'replan_talk',
  ],
  customer: [
    'thank_you_email',
    'thank_you_card',
    'checkin_call',
    'tips',
    'team_call_invite',
    'congratulate',
    'birthday_card',
    'birthday_call',
    'meet_in_person',
    'keep_in_touch',
    'reorder_reminder',
    'one_and_done_checkin',
    'autoship_talk',
  ],
  prospect: ['congratulate', 'birthday_card', 'birthday_call', 'meet_in_person', 'keep_in_touch'],
};

const ALL_ROLES: readonly Role[] = ['distributor', 'customer', 'prospect'];

type Text = { subject?: string; body: string };

function base(kind: SuggestedKind, text: Text): Template {
  return { id: kind, kind, ...text, updatedAt: 0 };
}

function forRole(kind: SuggestedKind, role: Role, text: Text): Template {
  return { id: `${kind}.${role}`, kind, role, ...text, updatedAt: 0 };
}

function forStage(kind: SuggestedKind, roles: readonly Role[], stage: Stage, text: Text): Template[] {
  return roles.map((role) => ({ id: `${kind}.${role}.${stage}`, kind, role, stage, ...text, updatedAt: 0 }));
}

function forSegment(kind: SuggestedKind, segment: string, text: Text): Template {
  return { id: `${kind}.segment:${segment}`, kind, segment, ...text, updatedAt: 0 };
}

const lines = (...parts: string[]) => parts.join('\n');

/* ---------- Plan A: welcome / thank-you, by email and by post ---------- */

const welcome: Template[] = [
  base('welcome_email', {
    subject: 'Welcome to the team, {firstName}',
    body: lines(
      'Hi {firstName},',
      '',
      "Welcome to the team! I'm really glad you're here, and I want you to know you won't be figuring this out on your own. In the next few days I'll give you a call to hear what you're hoping this brings you and to help with your first steps. Until then, if any question comes up, big or small, just reply to this email.",
      '',
      '{signature}',
    ),
  }),
  base('thank_you_email', {
    subject: 'Thank you, {firstName}',
    body: lines(
      'Hi {firstName},',
      '',
      'Thank you for your order, and for trusting me with it. I hope you enjoy it as much as I do. If you have any question about getting the most out of it, just reply here; I am always happy to help.',
      '',
      '{signature}',
    ),
  }),
  base('greeting_card', {
    body: lines(
      'Dear {firstName},',
      '',
      "Welcome! I'm so glad you said yes, and I'm looking forward to working alongside you. Whatever you want this to bring you, I'm here to help you get there.",
      '',
      'Warmly,',
      '{myName}',
    ),
  }),
  base('thank_you_card', {
    body: lines(
      'Dear {firstName},',
      '',
      'Just a little note to say thank you for your order. It means a lot to me, and I hope it makes a real difference for you. If you ever need anything, you know where to find me.',
      '',
      'Warmly,',
      '{myName}',
    ),
  }),
];

/* ---------- Plan B: checking-in calls (talking points for the user) ---------- */

const checkins: Template[] = [
  base('checkin_call', {
    body: lines(
      "Hi {firstName}, it's {myName}. I was just calling to see how things are going.",
      '- How are you getting on so far?',
      "- Any question, or anything that isn't clear?",
      '- Is there one thing I can help you with this week?',
      'Before you hang up: thank them, and say when you will talk next.',
    ),
  }),
  forRole('checkin_call', 'distributor', {
    body: lines(
      "Hi {firstName}, it's {myName}. Just checking in to see how things are going since you started.",
      '- What have you tried so far, and how did it feel?',
      '- Any question, or anything holding you back?',
      '- Thinking about {goal}: what is one small step for this week?',
      '- Mention the team call on {teamCallDay} at {teamCallTime}.',
      'Before you hang up: agree on when you will talk next.',
    ),
  }),
  forRole('checkin_call', 'customer', {
    body: lines(
      "Hi {firstName}, it's {myName}. I was just calling to see how you're getting on with your order.",
      '- How are you finding it? Anything you especially like?',
      '- Any question about how to use it?',
      '- Anything you would like to try next?',
      'Keep it short and friendly: no selling, just listening.',
    ),
  }),
];

/* ---------- Plan C: weekly tips ---------- */

const tips: Template[] = [
  base('tips', {
    subject: 'A quick tip for you',
    body: lines(
      'Hi {firstName}, here is a little tip for this week: [your tip]. Give it a try and tell me how it goes.',
      '',
      '{myName}',
    ),
  }),
  forRole('tips', 'distributor', {
    subject: "This week's tip",
    body: lines(
      'Hi {firstName}, one small thing that really helps this week: [your tip]. No need to do it perfectly, just give it a go and tell me how it went.',
      '',
      '{myName}',
    ),
  }),
  forRole('tips', 'customer', {
    subject: 'A little tip for you',
    body: lines(
      "Hi {firstName}, a quick tip to get the most from your products: [your tip]. I'd love to hear if it makes a difference for you.",
      '',
      '{myName}',
    ),
  }),
  forSegment('tips', 'Loyal customer', {
    subject: 'A small tip',
    body: lines(
      'Hi {firstName}, just a small tip, no need to reply: [your tip]. I hope you are enjoying your favourites.',
      '',
      '{myName}',
    ),
  }),
  forSegment('tips', 'Product fan', {
    subject: 'One you might like',
    body: lines(
      'Hi {firstName}, since you love the products as much as I do, here is one you might enjoy: [your tip]. And if you have a tip of your own, tell me; I love passing good ones on.',
      '',
      '{myName}',
    ),
  }),
  forSegment('tips', 'Bill payer', {
    subject: 'One simple step',
    body: lines(
      'Hi {firstName}, one simple thing you can do in a spare half hour this week: [your tip]. Small, steady steps are exactly how this works.',
      '',
      '{myName}',
    ),
  }),
  forSegment('tips', 'Fast starter', {
    subject: "This week's tip",
    body: lines(
      'Hi {firstName}, you are moving fast, so here is something to try in the next couple of days: [your tip]. Tell me what happened and we will fine-tune from there.',
      '',
      '{myName}',
    ),
  }),
  forSegment('tips', 'Dreamer', {
    subject: 'A tip for a busy week',
    body: lines(
      "Hi {firstName}, here is a tip that fits into a busy week: [your tip]. It only takes a few minutes, and small steps done often add up more than you'd think.",
      '',
      '{myName}',
    ),
  }),
  forSegment('tips', 'Leader', {
    subject: 'Something for you and your team',
    body: lines(
      "Hi {firstName}, here is something I've been using that you might want to pass on to your team: [your tip]. I'd love to hear how your people take to it.",
      '',
      '{myName}',
    ),
  }),
];

/* ---------- Plan D: the weekly team call ---------- */

const teamCall: Template[] = [
  base('team_call_invite', {
    subject: 'Join us on {teamCallDay}?',
    body: lines(
      "Hi {firstName}, our weekly call is on {teamCallDay} at {teamCallTime}. It's relaxed, and a nice way to hear what's working for others. I'd love to see you there; just say yes and I'll send you the link.",
      '',
      '{myName}',
    ),
  }),
  forRole('team_call_invite', 'distributor', {
    subject: 'Team call on {teamCallDay}',
    body: lines(
      "Hi {firstName}, a quick reminder that our team call is on {teamCallDay} at {teamCallTime}. It's the easiest way to pick up ideas, ask your questions and get to know the rest of the team. Will you join us? I'll send you the link.",
      '',
      '{myName}',
    ),
  }),
  forRole('team_call_invite', 'customer', {
    subject: 'You are welcome on {teamCallDay}',
    body: lines(
      'Hi {firstName}, every week we have a friendly call where people share how they use the products and swap tips. The next one is on {teamCallDay} at {teamCallTime}. No pressure at all, but you would be very welcome; just tell me and I will send the link.',
      '',
      '{myName}',
    ),
  }),
];

/* ---------- E: congratulations (the words work for any win, business or personal) ---------- */

const congratulate: Template[] = [
  base('congratulate', {
    body: lines(
      "Congratulations on {winKind}, {firstName}! I'm really happy for you. Well done, you've earned it.",
      '',
      '{myName}',
    ),
  }),
  ...forStage('congratulate', ALL_ROLES, 'friend', {
    body: lines(
      "{firstName}, congratulations on {winKind}! I'm so pleased for you, and I'd love to hear all about it. Let's celebrate soon.",
      '',
      '{myName}',
    ),
  }),
  ...forStage('congratulate', ALL_ROLES, 'family', {
    body: lines(
      "{firstName}, I just heard about {winKind} and I couldn't be happier for you! You deserve every bit of it. Call me when you can, I want to hear everything.",
      '',
      '{myName}',
    ),
  }),
];

/* ---------- F: birthdays (the card by post, the call on the day from stage friend up) ---------- */

const birthdays: Template[] = [
  base('birthday_card', {
    body: lines(
      'Dear {firstName},',
      '',
      'Happy birthday! I hope your day is full of good things and the year ahead is a great one.',
      '',
      'Warm wishes,',
      '{myName}',
    ),
  }),
  ...forStage('birthday_card', ALL_ROLES, 'friend', {
    body: lines(
      'Dear {firstName},',
      '',
      "Happy birthday! I'm really glad our paths crossed, and I hope you have a lovely day with the people you love. I'll give you a call on the day.",
      '',
      'Warmly,',
      '{myName}',
    ),
  }),
  ...forStage('birthday_card', ALL_ROLES, 'family', {
    body: lines(
      'Dear {firstName},',
      '',
      "Happy birthday! You mean a lot to me, and I'm so grateful to have you in my life. Enjoy every minute of your day; I'll be calling to celebrate with you.",
      '',
      'With love,',
      '{myName}',
    ),
  }),
  base('birthday_call', {
    body: lines(
      '"Happy birthday, {firstName}! It\'s {myName}, I just wanted to wish you a wonderful day."',
      '- Ask how they are celebrating, and with whom.',
      '- Ask what they are looking forward to this year.',
      '- Keep it about them: no business today.',
    ),
  }),
  ...forStage('birthday_call', ALL_ROLES, 'family', {
    body: lines(
      '"Happy birthday, {firstName}! It\'s {myName}. I couldn\'t let the day go by without calling you."',
      '- Ask how the day is going and what they have planned.',
      '- Share a good memory of the two of you.',
      "- Offer to celebrate together soon: coffee, lunch, whatever they'd enjoy.",
      '- Keep it about them: no business today.',
    ),
  }),
];

/* ---------- G: meeting in person ---------- */

const meetings: Template[] = [
  base('meet_in_person', {
    body: lines(
      'Hi {firstName}, it would be great to meet in person one of these days. Would you be up for a coffee in the next couple of weeks? Let me know what suits you.',
      '',
      '{myName}',
    ),
  }),
  forRole('meet_in_person', 'distributor', {
    body: lines(
      "Hi {firstName}, I'd love to sit down with you over a coffee and hear how things are going for you. Are you free one day in the next couple of weeks? My treat.",
      '',
      '{myName}',
    ),
  }),
  forRole('meet_in_person', 'customer', {
    body: lines(
      'Hi {firstName}, would you like to meet for a coffee sometime soon? No agenda, it would just be nice to catch up properly. Tell me what works for you.',
      '',
      '{myName}',
    ),
  }),
  forRole('meet_in_person', 'prospect', {
    body: lines(
      'Hi {firstName}, it would be nice to meet in person rather than only online. Fancy a coffee sometime in the next couple of weeks? No agenda, just good to put a face to the name.',
      '',
      '{myName}',
    ),
  }),
  ...forStage('meet_in_person', ALL_ROLES, 'friend', {
    body: lines(
      "Hi {firstName}, it's been too long since we actually sat down together. Coffee or lunch one of these days? Tell me what works for you.",
      '',
      '{myName}',
    ),
  }),
  ...forStage('meet_in_person', ALL_ROLES, 'family', {
    body: lines(
      "Hi {firstName}, I miss seeing you! Let's get together soon: coffee, lunch, a walk, whatever you feel like. When are you free?",
      '',
      '{myName}',
    ),
  }),
];

/* ---------- Keep in touch, by the cadence of the stage ---------- */

const keepInTouch: Template[] = [
  base('keep_in_touch', {
    body: lines(
      "Hi {firstName}, it's been a little while, so I wanted to say hello. How are you doing? Anything I can help you with?",
      '',
      '{myName}',
    ),
  }),
  ...forStage('keep_in_touch', ['distributor'], 'associate', {
    body: lines(
      "Hi {firstName}, just checking in. How are things going, with the business and with you? If there's anything I can help with, I'm here.",
      '',
      '{myName}',
    ),
  }),
  ...forStage('keep_in_touch', ['customer'], 'associate', {
    body: lines(
      "Hi {firstName}, I hope you're well! I just wanted to check in and see how you're getting on. Is there anything I can help you with?",
      '',
      '{myName}',
    ),
  }),
  ...forStage('keep_in_touch', ['prospect'], 'associate', {
    body: lines(
      "Hi {firstName}, it's been a little while, so I wanted to say hello. How have things been? What's keeping you busy these days?",
      '',
      '{myName}',
    ),
  }),
  ...forStage('keep_in_touch', ['distributor'], 'friend', {
    body: lines(
      "Hi {firstName}! How are you doing? I'd love to hear how life is treating you, and how things are going with the business. Call me when you have a minute?",
      '',
      '{myName}',
    ),
  }),
  ...forStage('keep_in_touch', ['customer', 'prospect'], 'friend', {
    body: lines("Hi {firstName}! How have you been? I'd love to catch up. What's new with you?", '', '{myName}'),
  }),
  ...forStage('keep_in_touch', ALL_ROLES, 'family', {
    body: lines(
      "Hi {firstName}, thinking of you today! How's your week going? Call me whenever you have a minute, I'd love to catch up properly.",
      '',
      '{myName}',
    ),
  }),
];

/* ---------- Distributors: expectations, goals, action, first win, re-planning ---------- */

const goals: Template[] = [
  base('expectation_talk', {
    body: lines(
      "Hi {firstName}, now that you've had a few days to settle in, I'd love to sit down with you for twenty minutes. I want to hear what you're hoping this brings you, how much time you'd like to give it and by when, so we can make a plan that really fits you. When would suit you this week?",
      '',
      '{myName}',
    ),
  }),
  base('goal_check', {
    body: lines(
      "Hi {firstName}, it's a good moment to look at {goal} together. Could we find fifteen minutes this week to see what's working, what isn't, and what the next step should be? Wherever you are with it, we'll plan from there.",
      '',
      '{myName}',
    ),
  }),
  forSegment('goal_check', 'Loyal customer', {
    body: lines(
      'Hi {firstName}, just a quick check on {goal}. Are you still getting what you wanted from this? If anything would make it easier for you, tell me.',
      '',
      '{myName}',
    ),
  }),
  forSegment('goal_check', 'Bill payer', {
    body: lines(
      "Hi {firstName}, a quick check on {goal}. Let's see how close you are and find one small, simple step to get you the rest of the way. When's a good time for a short call?",
      '',
      '{myName}',
    ),
  }),
  forSegment('goal_check', 'Fast starter', {
    body: lines(
      "Hi {firstName}, checkpoint time on {goal}: {daysToGoal} days to go. You've been putting real energy in, so let's look at what's working best and do more of it. When's good for a quick call?",
      '',
      '{myName}',
    ),
  }),
  forSegment('goal_check', 'Builder', {
    body: lines(
      "Hi {firstName}, it's time for our checkpoint on {goal}. Let's look at the milestones you've reached, the ones still ahead, and adjust the plan if we need to. Does a call later this week work for you?",
      '',
      '{myName}',
    ),
  }),
  forSegment('goal_check', 'Dreamer', {
    body: lines(
      "Hi {firstName}, I'd love to check in on {goal}. Big goals take time, and I want to make sure the plan still fits the hours you really have. Could we talk for fifteen minutes this week, honestly and with no pressure?",
      '',
      '{myName}',
    ),
  }),
  forSegment('goal_check', 'Leader', {
    body: lines(
      "Hi {firstName}, let's take stock of {goal}. I'd like to hear where you are, where your team is, and what you need from me for the next stretch. When can we talk?",
      '',
      '{myName}',
    ),
  }),
  base('action_review', {
    body: lines(
      "Hi {firstName}, I've been thinking about {goal} and wanted to check in. Life gets busy, it happens to all of us. Could we talk for fifteen minutes and pick one or two things to get you moving again? I'm in your corner.",
      '',
      '{myName}',
    ),
  }),
  base('first_win_help', {
    body: lines(
      "Hi {firstName}, the first sale is often the hardest one, and I'd love to help you with it. Could we sit down this week, think of a few people who might enjoy the products, and plan how to reach out? We can even make the first call together.",
      '',
      '{myName}',
    ),
  }),
  base('replan_talk', {
    body: lines(
      "Hi {firstName}, I've been thinking about {goal}, and I want to help you get there. Big goals and a busy life can pull in different directions, so let's make a plan that fits the time you really have, with a first step that's within reach. Could we talk this week?",
      '',
      '{myName}',
    ),
  }),
];

/* ---------- Customers: reorders, one-and-done, autoship ---------- */

const orders: Template[] = [
  base('reorder_reminder', {
    body: lines(
      "Hi {firstName}, a friendly heads-up: your next order would be due {reorderDate}, so you might be running low. Would you like me to put it through so you don't run out? Just reply and I'll take care of it.",
      '',
      '{myName}',
    ),
  }),
  base('one_and_done_checkin', {
    body: lines(
      "Hi {firstName}, I've been meaning to ask: how did you get on with your order? I'd really like to know what you thought, good or bad. No pressure at all, I just want to be sure it worked for you.",
      '',
      '{myName}',
    ),
  }),
  base('autoship_talk', {
    body: lines(
      'Hi {firstName}, thank you for ordering again! Since you are reordering, would autoship make things easier? Your order simply arrives on its own each month, and you can change it whenever you like. Happy to set it up with you or answer any question.',
      '',
      '{myName}',
    ),
  }),
  forSegment('autoship_talk', 'Loyal customer', {
    body: lines(
      "Hi {firstName}, since you have your favourites, would it help if they just arrived on their own each month? That's what autoship does: one less thing to remember. Let me know and I'll set it up with you.",
      '',
      '{myName}',
    ),
  }),
];

/** Every default template, in a stable order. */
export const DEFAULT_TEMPLATES: readonly Template[] = Object.freeze([
  ...welcome,
  ...checkins,
  ...tips,
  ...teamCall,
  ...congratulate,
  ...birthdays,
  ...meetings,
  ...keepInTouch,
  ...goals,
  ...orders,
]);
