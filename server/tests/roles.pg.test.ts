import { rolesSuite } from './rolesSuite.ts';

rolesSuite('pg');
