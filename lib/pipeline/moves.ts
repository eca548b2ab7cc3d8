import type { Stage } from '../model/stage';

/**
 * Allowed stage moves. The funnel moves are shared/domain.md's table; the others are what a
 * real team needs, each with its reason. Anything not listed is refused, including staying put.
 */
const ALLOWED_MOVES: Readonly<Record<Stage, readonly Stage[]>> = {
  lead: ['prospect', 'nurture', 'disqualified'],
  prospect: [
    'opportunity',
    // Discovery showed a real but not-yet-ripe need: keep warming it rather than lose it.
    'nurture',
    // The prospect chose someone else or dropped the project.
    'lost',
  ],
  opportunity: ['negotiation', 'nurture', 'lost'],
  negotiation: ['won', 'lost'],
  won: ['renewal'],
  // Second deal or referral logged: the end of this account's funnel.
  renewal: [],
  nurture: [
    // Re-engaged: the need became concrete, so it goes back through grading and first contact.
    'lead',
    // Nurturing showed it will never fit the customer profile.
    'disqualified',
  ],
  // A lost deal is often worth a win-back later; it re-enters through nurture, never straight to a deal.
  lost: ['nurture'],
  // Not a fit: terminal. A mistaken disqualification is corrected by capturing again.
  disqualified: [],
};

export function allowedMoves(from: Stage): readonly Stage[] {
  return ALLOWED_MOVES[from];
}

export function canMove(from: Stage, to: Stage): boolean {
  return ALLOWED_MOVES[from].includes(to);
}

/** Lost and disqualified feed the win/loss analysis, so they always say why. */
export function moveAlwaysNeedsReason(to: Stage): boolean {
  return to === 'lost' || to === 'disqualified';
}

/** The next funnel stage is the one whose entry the "done when" criteria guard. */
export function isForwardFunnelMove(from: Stage, to: Stage): boolean {
  const forward: Partial<Record<Stage, Stage>> = {
    lead: 'prospect',
    prospect: 'opportunity',
    opportunity: 'negotiation',
    negotiation: 'won',
    won: 'renewal',
  };
  return forward[from] === to;
}
