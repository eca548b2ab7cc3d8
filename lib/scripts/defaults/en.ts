import type { DefaultScriptSet } from './defaultScriptDraft';

/**
 * The English default library. Written for English-speaking buyers, not translated from the
 * Chinese set: shorter sentences, first names, a soft ask at the end. Figures, customer names
 * and sources are variables so the library never claims a number the rep can't back up.
 */
export const EN_DEFAULT_SCRIPTS: DefaultScriptSet = {
  locale: 'en',
  drafts: [
    {
      slug: 'objection-price',
      kind: 'objection',
      objection: 'price_too_high',
      stages: ['opportunity', 'negotiation'],
      title: 'Price too high: total cost and payback',
      body: `I understand. On price alone we're {{value.priceDelta}} above the other option you're looking at, so it's a fair question.

The comparison that matters is what each option costs you over the life of the contract. Using the figures your team shared, we expect {{account.name}} to save {{value.saving}}, which pays back the difference in {{value.payback}}. After that, the savings are yours.

{{case.customer}} had the same concern before they signed. After going live, they {{case.result}}.

I can put cost and return side by side on one page for your finance team. Would 20 minutes this week work to go through it?`,
    },
    {
      slug: 'objection-price-manufacturing',
      kind: 'objection',
      objection: 'price_too_high',
      stages: ['opportunity', 'negotiation'],
      industries: ['manufacturing'],
      title: 'Price too high (manufacturing): cost per good unit',
      body: `Fair point: our quote is {{value.priceDelta}} higher than what you pay today. On a production line, though, the number that decides it is cost per good unit, not the invoice.

The savings come from less unplanned downtime and less scrap. On {{account.name}}'s volumes we estimate {{value.saving}}, so the investment pays back in {{value.payback}}.

{{case.customer}} runs a similar line. In their first year with us, they {{case.result}}.

Could we go through your downtime and scrap figures with your plant manager? I'll bring the model, and you can challenge every assumption in it.`,
    },
    {
      slug: 'objection-delivery',
      kind: 'objection',
      objection: 'delivery_too_long',
      stages: ['opportunity', 'negotiation'],
      title: 'Delivery takes too long: phased go-live',
      body: `I hear you. {{account.name}} needs results soon, not in six months. Two things on timing:

1. We can go live in phases. Phase one covers the part with the fastest return, so you start seeing savings before the full rollout is finished.
2. The plan includes data migration and training. When those get cut to save time, the rollout usually ends up taking longer, not shorter.

We used the same phased plan with {{case.customer}}, and they {{case.result}}.

If you tell me your hard deadline, I'll work back from it with our delivery lead and send you a plan with dates.`,
    },
    {
      slug: 'objection-competitor',
      kind: 'objection',
      objection: 'competitor_cheaper',
      stages: ['opportunity', 'negotiation'],
      title: 'Competitor is cheaper: compare like for like',
      body: `Thanks for being upfront about the other quote. Before you decide, it's worth checking the two cover the same scope: implementation, training, support response times, and what it costs to scale later. That's usually where the gap closes.

We're {{value.priceDelta}} higher on price. What that buys {{account.name}}: savings of {{value.saving}}, payback in {{value.payback}}, and a return of {{value.roi}}. For an outside view, {{proof.source}} found {{proof.figure}}.

Happy to go through both quotes with you line by line. Whichever way you go, you'll have a cleaner comparison to take to your team.`,
    },
    {
      slug: 'objection-budget',
      kind: 'objection',
      objection: 'no_budget_or_timing',
      stages: ['prospect', 'opportunity'],
      title: 'No budget now: pilot or next budget cycle',
      body: `Understood. If it isn't in this year's budget, let's not force it. Teams in the same spot have usually taken one of two routes:

- Start small: a pilot for one team, sized to fit an operating budget, so you have real numbers when next year's budget is set.
- Plan ahead: I put together a one-page business case (cost, expected savings of {{value.saving}}, payback in {{value.payback}}) that you can submit in the next budget round.

{{case.customer}} started with a pilot like this and {{case.result}}. Numbers like that make the budget conversation much easier.

When does your next budget cycle start? I'll make sure you have everything two weeks before.`,
    },
    {
      slug: 'objection-boss',
      kind: 'objection',
      objection: 'ask_the_boss',
      stages: ['opportunity', 'negotiation'],
      title: 'Need to ask the boss: help your champion sell it',
      body: `Of course. A decision this size should go past your manager. To make that conversation easy, I'll send you a one-page summary: the problem we discussed, what it costs {{account.name}} today, the expected return ({{value.roi}}, payback in {{value.payback}}), and what {{case.customer}} achieved.

What does your manager usually look at first: cost, risk or results? And if it would help, I'm glad to join a short call with both of you to answer questions directly.`,
    },
    {
      slug: 'objection-incumbent',
      kind: 'objection',
      objection: 'already_have_solution',
      stages: ['lead', 'prospect'],
      title: 'Already have a solution: find the gap',
      body: `That makes sense. Most of our customers had something in place when we first spoke, and I'm not suggesting you rip it out.

Out of curiosity: is there anything your current setup doesn't handle well, or that still takes more manual work than it should?

If so, we often work alongside what's already there. {{case.customer}} kept their existing system, added us for one process, and {{case.result}}.

If nothing comes to mind, no problem at all. I'll check back in a few months.`,
    },
    {
      slug: 'objection-value',
      kind: 'objection',
      objection: 'not_convinced_of_value',
      stages: ['prospect', 'opportunity'],
      title: 'Not convinced of value: prove it with their numbers',
      body: `Fair enough. You shouldn't have to take our word for it. Here's how you can check for yourself:

- Independent data: {{proof.source}} found {{proof.figure}}.
- Your own numbers: using {{account.name}}'s figures, we estimate savings of {{value.saving}} and payback in {{value.payback}}. I'll share the model so you can check it.
- A customer like you: {{case.customer}} {{case.result}}. I can set up a call with them.
- A pilot on your data, with success criteria we agree up front. If it doesn't meet them, you walk away.

Which of these would be most useful to you?`,
    },
    {
      slug: 'opener-case',
      kind: 'opener',
      stages: ['lead'],
      title: 'First contact: lead with a peer result',
      body: `Hi {{contact.firstName}},

I'm {{rep.name}} from {{rep.company}}. I'll keep this short.

We recently worked with {{case.customer}}, also in {{account.industry}}, and they {{case.result}}. Looking at {{account.name}}, I think there may be a similar opportunity for you.

Would you be open to a 15-minute call next week? If it turns out not to be a fit, I'll tell you so.

Best regards,
{{rep.name}}
{{rep.title}}, {{rep.company}}
{{rep.phone}}`,
    },
    {
      slug: 'opener-download',
      kind: 'opener',
      stages: ['lead'],
      title: 'First contact: after a content download',
      body: `Hi {{contact.firstName}},

Thanks for downloading "{{resource.title}}". People usually pick it up when they're weighing a change, so I wanted to ask: what prompted the interest at {{account.name}}?

If it's useful, I can share how {{case.customer}} approached the same question. They {{case.result}}. Happy to do that by email or on a quick call, whichever suits you.

Best regards,
{{rep.name}}
{{rep.company}} | {{rep.phone}}`,
    },
    {
      slug: 'followup-no-reply',
      kind: 'follow_up',
      stages: ['lead'],
      title: 'Follow-up: no reply to the first email',
      body: `Hi {{contact.firstName}},

Following up on my note from last week. I know inboxes get busy, so in one line: working with us, {{case.customer}} {{case.result}}, and I think {{account.name}} could see something similar.

If now isn't the right time, just say so and I'll step back. Otherwise, would Tuesday or Thursday work for 15 minutes?

Best,
{{rep.name}}`,
    },
    {
      slug: 'followup-discovery',
      kind: 'follow_up',
      stages: ['prospect'],
      title: 'Follow-up: needs summary after the discovery call',
      body: `Hi {{contact.firstName}},

Thank you for your time on {{meeting.date}}. As promised, here's what I took away. Please correct anything I got wrong.

Where things stand today:
- 

What you need (must have / expected / can wait):
- 

Who decides, and by when:
- 

Budget range:
- 

Next step: I'll come back with a proposed solution and the expected return for {{account.name}}. Could we book 45 minutes with your team to walk through it?

Best regards,
{{rep.name}}`,
    },
    {
      slug: 'followup-proposal',
      kind: 'follow_up',
      stages: ['opportunity'],
      title: 'Follow-up: after sending the proposal',
      body: `Hi {{contact.firstName}},

I wanted to make sure the proposal reached you and see whether any questions have come up. The short version: savings of {{value.saving}}, with payback in {{value.payback}}.

At this point the next step is often a session with whoever signs off the budget, so the numbers get checked once instead of being passed around. Would it help if I set that up?

Best regards,
{{rep.name}}`,
    },
    {
      slug: 'followup-quiet',
      kind: 'follow_up',
      stages: ['negotiation'],
      title: 'Follow-up: the deal has gone quiet',
      body: `Hi {{contact.firstName}},

It's been a couple of weeks since we last discussed the agreement, so I wanted to check in. Has anything changed on your side: priorities, timing, or who's involved in the decision?

If the project is on hold, that's completely fine. Let me know when a better time would be and I'll follow up then. If something in the terms is holding things up, tell me and I'll see what I can do.

Best regards,
{{rep.name}}`,
    },
    {
      slug: 'followup-satisfaction',
      kind: 'follow_up',
      stages: ['won'],
      title: 'Check-in after go-live: satisfaction survey',
      body: `Hi {{contact.firstName}},

Now that {{account.name}} has been live for a little while, I'd like to hear how it's going: what's working, and what isn't yet.

Could you spare three minutes for a short survey? {{resource.url}}
Your answers go straight to our delivery team. If anything needs attention sooner, just reply here and I'll get it sorted.

Thanks,
{{rep.name}}`,
    },
    {
      slug: 'followup-referral',
      kind: 'follow_up',
      stages: ['renewal'],
      title: 'Referral request after a good year',
      body: `Hi {{contact.firstName}},

Thank you again for working with us this year. I'm glad the results have been good for {{account.name}}.

Most of our new customers come through introductions. Is there anyone you know, another team, a partner or a peer in {{account.industry}}, who's facing the challenges you had a year ago? A name and a short intro by email is all I'd need, and I'll take good care of them.

Best regards,
{{rep.name}}`,
    },
    {
      slug: 'nurture-case',
      kind: 'nurture',
      stages: ['nurture'],
      title: 'Nurture: a customer case worth reading',
      body: `Hi {{contact.firstName}},

No pitch today. I came across a case I thought you'd find useful: {{case.customer}}, facing questions much like yours, {{case.result}}. The write-up covers what they changed and what they'd do differently: {{resource.url}}

Hope it's helpful. If you ever want to talk it through, I'm around.

Best regards,
{{rep.name}}`,
    },
    {
      slug: 'nurture-policy',
      kind: 'nurture',
      stages: ['nurture'],
      title: 'Nurture: new regulation or policy',
      body: `Hi {{contact.firstName}},

A quick heads-up: {{resource.title}} has just been published, and it's likely to affect {{account.industry}} companies like {{account.name}}. The key points and deadlines are summarised here: {{resource.url}}

If it's useful, I can share how other companies are preparing for it.

Best regards,
{{rep.name}}`,
    },
    {
      slug: 'nurture-trend',
      kind: 'nurture',
      stages: ['nurture'],
      title: 'Nurture: industry trend worth a look',
      body: `Hi {{contact.firstName}},

This might be worth ten minutes of your time: "{{resource.title}}" ({{resource.url}}). One figure stood out to me: {{proof.source}} reports {{proof.figure}}.

I'm curious whether you're seeing the same at {{account.name}}. Either way, no reply needed.

Best regards,
{{rep.name}}`,
    },
    {
      slug: 'minutes-meeting',
      kind: 'minutes',
      stages: ['prospect', 'opportunity', 'negotiation'],
      title: 'Meeting minutes: feedback and next actions',
      body: `Meeting minutes: {{account.name}}
Date: {{meeting.date}}
Attendees: {{meeting.attendees}}

1. Customer feedback
- 

2. Needs confirmed (must have / expected / can wait)
- 

3. Open questions and concerns
- 

4. Decisions
- 

5. Next actions (what / owner / due date)
- 
- 

Next meeting: 

Minutes by {{rep.name}}. Please reply with any corrections within 24 hours.`,
    },
  ],
};
