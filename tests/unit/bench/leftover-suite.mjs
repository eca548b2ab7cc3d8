// A suite that leaves what a browser would: a process in a group of its own, and a profile in TMPDIR.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const profile = mkdtempSync(join(tmpdir(), 'profile-'));
writeFileSync(join(profile, 'Cookies'), 'x');
const orphan = spawn('sleep', ['300'], { detached: true, stdio: 'ignore' });
orphan.unref();
console.log(`orphan ${orphan.pid}`);
console.log(`bench-results ${JSON.stringify([{ name: 'n', unit: 'ms', budget: 1, samples: [0.5] }])}`);
