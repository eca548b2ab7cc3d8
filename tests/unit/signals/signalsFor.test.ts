import { describe, expect, it } from 'vitest';
import { commitChanges, getDB } from '../../../lib/db';
import type { Activity } from '../../../lib/model';
import { activitySignals, isEmailReply } from '../../../lib/signals/activitySignals';
import { signalsFor } from '../../../lib/signals/signalsFor';
import { recordVisit } from '../../../lib/signals/visitStore';
import { account } from '../db/fixtures';

const NOW = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;

function activity(fields: Partial<Activity>): Activity {
  return { id: `x${Math.random()}`, accountId: 'acme', kind: 'note', at: NOW - DAY, content: '', createdAt: NOW, updatedAt: NOW, version: 0, ...fields };
}

describe('behaviour signals from the timeline', () => {
  it('an email counts as a reply only when its result says the customer answered', () => {
    const email = (result?: string) => isEmailReply({ kind: 'email', result });
    expect([email('Replied'), email('they replied, interested'), email('客户已回复'), email('answered our questions')]).toEqual([true, true, true, true]);
    expect([email(undefined), email('sent'), email('no reply yet'), email('未回复'), email('awaiting reply')]).toEqual([false, false, false, false, false]);
    expect(isEmailReply({ kind: 'call', result: 'replied' })).toBe(false);
  });

  it('meetings that happened, replies, and the last call, email or meeting', () => {
    const signals = activitySignals(
      [
        activity({ kind: 'email', result: 'replied', at: NOW - 3 * DAY }),
        activity({ kind: 'meeting', at: NOW - 10 * DAY }),
        activity({ kind: 'meeting', at: NOW + 3 * DAY }), // booked, not yet held
        activity({ kind: 'call', at: NOW - 2 * DAY }),
        activity({ kind: 'note', at: NOW - 1000 }),
        activity({ kind: 'capture', at: NOW - 500 }),
      ],
      NOW,
    );
    expect(signals).toEqual({ emailReplies: [NOW - 3 * DAY], meetings: [NOW - 10 * DAY], lastTouchAt: NOW - 2 * DAY });
    expect(activitySignals([], NOW)).toEqual({ emailReplies: [], meetings: [] });
  });

  it('signalsFor(accountId) reads the account’s visits and activities from the store', async () => {
    const db = await getDB();
    await commitChanges(db, [
      { store: 'accounts', op: 'put', record: account({ id: 'acme' }) },
      { store: 'activities', op: 'put', record: activity({ id: 'm', kind: 'meeting', at: NOW - DAY }) },
      { store: 'activities', op: 'put', record: activity({ id: 'o', accountId: 'other', kind: 'meeting', at: NOW - DAY }) },
    ]);
    expect(await recordVisit(db, { id: 'v1', accountId: 'acme', startedAt: NOW - 2 * DAY, seconds: 120 })).toBe(true);
    expect(await recordVisit(db, { id: 'v1', accountId: 'acme', startedAt: NOW - 2 * DAY, seconds: 999 })).toBe(false);
    await recordVisit(db, { id: 'v2', accountId: 'other', startedAt: NOW - DAY, seconds: 60 });
    expect(await signalsFor(db, 'acme', NOW)).toEqual({
      visits: [{ at: NOW - 2 * DAY, seconds: 120 }],
      emailReplies: [],
      meetings: [NOW - DAY],
      lastTouchAt: NOW - DAY,
    });
  });
});
