import { rolesSuite } from './rolesSuite.ts';

// The same rules on embedded PGlite.
rolesSuite('pglite');
