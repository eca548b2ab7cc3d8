/**
 * `web-ext lint` on the Firefox build, failing on any error and on any warning not explained in the
 * README ("Firefox review: the two lint warnings we explain"). Each explained warning is recognised
 * by the code it points at, so a new eval or innerHTML of our own still fails.
 *
 *   npx wxt build -b firefox --mv3 && npx tsx scripts/lint-firefox.ts [dir]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const ROOT = join(import.meta.dirname, '..');

const Message = z.object({ code: z.string(), message: z.string(), file: z.string().optional(), line: z.number().optional(), column: z.number().optional() });
const Report = z.object({ errors: z.array(Message), warnings: z.array(Message), notices: z.array(Message) });
type Message = z.infer<typeof Message>;

/** Third-party code in the bundle that web-ext flags, recognised by what surrounds the flagged spot. */
const EXPLAINED: Array<{ code: string; near: RegExp; why: string }> = [
  {
    code: 'DANGEROUS_EVAL',
    near: /jitless[\s\S]*Function\(``\)/,
    why: 'zod probes whether `Function` may run (try { Function("") }); an extension page forbids it, so zod validates without generated code',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    near: /dangerouslySetInnerHTML[\s\S]*\.innerHTML=/,
    why: 'Preact’s renderer supports dangerouslySetInnerHTML; LeadKit never passes it (tests/unit/architecture/layout.test.ts)',
  },
];

/** The flagged spot and the few hundred characters before it: enough to see whose code it is. */
function context(dir: string, message: Message): string {
  if (!message.file || !message.line || !message.column) return '';
  const line = readFileSync(join(dir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  return line.slice(Math.max(0, message.column - 400), message.column + 40);
}

export function unexplained(dir: string, report: z.infer<typeof Report>): Message[] {
  return [...report.errors, ...report.warnings.filter((warning) => !EXPLAINED.some((known) => known.code === warning.code && known.near.test(context(dir, warning))))];
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const dir = process.argv[2] ?? join(ROOT, '.output/firefox-mv3');
  let output: string;
  try {
    output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--self-hosted', '--output', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    // web-ext exits non-zero on errors; its JSON report is still on stdout.
    output = String((error as { stdout?: unknown }).stdout ?? '');
  }
  const report = Report.parse(JSON.parse(output));
  const left = unexplained(dir, report);
  for (const message of report.warnings.filter((warning) => !left.includes(warning))) console.log(`explained: ${message.code} in ${message.file}`);
  for (const message of left) console.error(`${message.code} ${message.file ?? ''}:${message.line ?? ''}: ${message.message}`);
  console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${left.length} unexplained), ${report.notices.length} notices`);
  process.exit(left.length ? 1 : 0);
}
