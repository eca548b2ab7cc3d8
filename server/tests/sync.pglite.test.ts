import { syncSuite } from './syncSuite.ts';

// The same suite on embedded PGlite: `npm start` without DATABASE_URL must behave identically.
syncSuite('pglite');
