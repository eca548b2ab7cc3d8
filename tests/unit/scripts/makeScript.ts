import { Script } from '../../../lib/model';

/** A valid Script with defaults, for tests. */
export function makeScript(overrides: Partial<Script> & Pick<Script, 'id' | 'title' | 'body'>): Script {
  return Script.parse({ createdAt: 0, updatedAt: 0, kind: 'objection', locale: 'en', ...overrides });
}
