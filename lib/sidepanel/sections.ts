import type { ComponentChildren } from 'preact';
import type { AccountDetails } from './state';

/**
 * A feature's part of the account view (grade, stage and next actions, scripts, timeline…).
 * The side panel entrypoint lists them; each feature owns its section's model and component,
 * so features do not edit each other's files.
 */
export interface AccountSection {
  id: string;
  /** Lower comes first; the account header is always on top. */
  order: number;
  render(details: AccountDetails): ComponentChildren;
}
