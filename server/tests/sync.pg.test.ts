import { syncSuite } from './syncSuite.ts';

syncSuite('pg');
