// @vitest-environment node
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const ENTRY = '\0leadkit:stub-entry';

/**
 * compose.js as WXT builds it, minus WXT's few lines of wrapper: the stub and its context bundled and
 * minified by Vite, in memory. What it pulls in is what every Gmail and Outlook page pays for (issue #3).
 */
async function bundleStub(): Promise<{ code: string; modules: string[] }> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    plugins: [
      {
        name: 'stub-entry',
        resolveId: (id) => (id === ENTRY ? ENTRY : null),
        load: (id) =>
          id === ENTRY
            ? `import { startComposeStub } from ${JSON.stringify(join(ROOT, 'lib/overlay/composeStub.ts'))};
               import { ContentScriptContext } from ${JSON.stringify(join(ROOT, 'lib/overlay/composeStubContext.ts'))};
               startComposeStub(new ContentScriptContext());`
            : null,
      },
    ],
    build: { write: false, minify: true, rollupOptions: { input: ENTRY, output: { format: 'iife' } } },
  });
  const [output] = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = output!.output.find((file) => file.type === 'chunk')!;
  return { code: chunk.code, modules: chunk.moduleIds.filter((id) => id !== ENTRY).map((id) => id.replace(`${ROOT}/`, '')) };
}

describe('the always-on stub compose.js stays tiny (issue #3)', () => {
  it('imports only its own few modules: no launcher, overlay, strings, Preact, zod or idb', async () => {
    const { code, modules } = await bundleStub();
    expect(modules.sort()).toEqual(['lib/overlay/composeActivation.ts', 'lib/overlay/composeStub.ts', 'lib/overlay/composeStubContext.ts', 'lib/overlay/rawMessage.ts']);
    for (const marker of ['leadkit-overlay', 'MutationObserver', 'attachShadow', 'compose.recipient', 'ZodError', '__PREACT_DEVTOOLS__', 'IDBDatabase']) {
      expect(code, marker).not.toContain(marker);
    }
    expect(code).toContain('compose.loadLauncher');
  });

  it('is under 1 KB gzipped (the budget for the always-on script is 10 KB)', async () => {
    const { code } = await bundleStub();
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(1024);
  });
});
