import { z } from 'zod';

/**
 * Team members (issue #26, "reps invited"): a manager invites a rep from an extension page and
 * gets the rep's token once. The extension and the reference server parse these same schemas.
 * Plain zod, no browser or Node APIs.
 */

/** Most members one list answers; a team is a handful of reps, this only bounds the answer. */
export const MAX_LISTED_MEMBERS = 500;

/** Same bound as the server's user names (and ShortText in lib/model): 1 to 200 characters. */
export const MAX_MEMBER_NAME = 200;

/**
 * NUL and unpaired surrogates pass JSON but PostgreSQL refuses them; control characters in a name
 * would only confuse the list. Checked per character, so it is linear in the name's length.
 */
const printable = (text: string) => text.isWellFormed() && ![...text].some((char) => /\p{Cc}/u.test(char));

export const MemberName = z
  .string()
  .trim()
  .min(1, 'name must not be empty')
  .max(MAX_MEMBER_NAME, `name must be at most ${MAX_MEMBER_NAME} characters`)
  .refine(printable, 'name must not contain control characters or unpaired surrogates');

/** POST /v1/team/members: invites go to reps; managers are still made with the server's CLI. */
export const InviteMemberRequest = z.strictObject({
  name: MemberName,
  role: z.literal('rep'),
});
export type InviteMemberRequest = z.infer<typeof InviteMemberRequest>;

export const TeamMember = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(MAX_MEMBER_NAME),
  role: z.enum(['rep', 'manager']),
  createdAt: z.number().int().nonnegative().describe('Epoch milliseconds'),
  hasLiveToken: z.boolean().describe('The member holds at least one token that is not revoked'),
});
export type TeamMember = z.infer<typeof TeamMember>;

export const InviteMemberResponse = z.object({
  member: TeamMember,
  token: z
    .string()
    .regex(/^lk_[A-Za-z0-9_-]{43}$/)
    .describe('The new token, in this answer only: the server keeps its hash, never the secret'),
});
export type InviteMemberResponse = z.infer<typeof InviteMemberResponse>;

export const TeamMembersResponse = z.object({
  members: z.array(TeamMember).max(MAX_LISTED_MEMBERS).describe('Oldest first; never a token or its hash'),
  more: z.boolean().describe(`The team has more than ${MAX_LISTED_MEMBERS} members; only the first are listed`),
});
export type TeamMembersResponse = z.infer<typeof TeamMembersResponse>;
