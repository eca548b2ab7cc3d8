/**
 * One suite of `npm run bench`, in the process run.ts started for it (freshProcess.ts): runs it,
 * logs as it goes, and prints its rows as the last line. Also usable alone:
 *
 *   npx tsx tests/bench/suite.ts scoring
 */
import { RESULTS_PREFIX } from './freshProcess';
import { suiteById } from './suites';

const id = process.argv[2];
if (!id) throw new Error('usage: tsx tests/bench/suite.ts <suite id>');
const run = await suiteById(id).load();
const results = await run((line) => console.log(line));
console.log(`${RESULTS_PREFIX}${JSON.stringify(results)}`);
// Nothing of the suite may keep the process alive (a timer, a socket): it ends here.
process.exit(0);
