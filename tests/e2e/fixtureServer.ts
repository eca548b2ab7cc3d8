import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { build } from 'esbuild';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const NODE_MODULES = join(import.meta.dirname, '../../node_modules');
/**
 * Real third-party editors installed from npm (dev dependencies), served to the fixture pages at
 * /vendor/<package>/… so the overlay is tested against them, not against imitations (issue #19).
 */
const VENDORED: Record<string, string> = { tinymce: 'tinymce', ckeditor4: 'ckeditor4', ckeditor5: 'ckeditor5', quill: 'quill', wangeditor: '@wangeditor/editor' };
/** Editors published as ES modules only, bundled once per run for a classic <script>. */
const BUNDLES: Record<string, string> = {
  'tiptap.js': "import { Editor } from '@tiptap/core'; import StarterKit from '@tiptap/starter-kit'; window.tiptap = { Editor, StarterKit };",
};
const bundled = new Map<string, Promise<string>>();
function bundle(name: string): Promise<string> {
  let made = bundled.get(name);
  if (!made) {
    made = build({ stdin: { contents: BUNDLES[name]!, resolveDir: NODE_MODULES, loader: 'js' }, bundle: true, write: false, format: 'iife' }).then((result) => result.outputFiles[0]!.text);
    bundled.set(name, made);
  }
  return made;
}
const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', pdf: 'application/pdf', svg: 'image/svg+xml', png: 'image/png', json: 'application/json' };

/**
 * Serves tests/e2e/fixtures/<site>/<path> for http://<site>.test:<port>/<path>, so every fixture
 * company has its own host name (the browser maps *.test to 127.0.0.1). Loopback only.
 */
export interface FixtureServer {
  port: number;
  /** The sample company at http://localhost:<port>/, for a browser without the *.test mapping. */
  localUrl: string;
  url(site: string, path?: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer(async (request, response) => {
    const host = (request.headers.host ?? '').split(':')[0] ?? '';
    // A plain localhost request (a rep trying `npm start` in their own browser) gets the sample company.
    const site = host.endsWith('.test') ? host.slice(0, -'.test'.length) : 'acme';
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/big.html') return sendBigPage(response);
    const wanted = /^\/vendor-bundle\/([\w.-]+)$/.exec(path)?.[1];
    if (wanted && wanted in BUNDLES) return void response.writeHead(200, { 'content-type': TYPES.js }).end(await bundle(wanted));
    const vendor = /^\/vendor\/([^/]+)\//.exec(path);
    const root = vendor && VENDORED[vendor[1]!] ? join(NODE_MODULES, VENDORED[vendor[1]!]!) : join(FIXTURES, site);
    const file = normalize(vendor ? join(root, path.slice(vendor[0].length)) : join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      const type = TYPES[file.split('.').pop() ?? ''] ?? 'text/html; charset=utf-8';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Not found</title>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    localUrl: `http://localhost:${port}/`,
    url: (site, path = '/') => `http://${site}.test:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A 10 MB page with the company's details at the very end. */
function sendBigPage(response: import('node:http').ServerResponse): void {
  const filler = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20)}</p>\n`;
  const body = [
    '<!doctype html><html lang="en"><head><title>Huge Catalogue | Bigcorp</title>',
    '<meta property="og:site_name" content="Bigcorp"></head><body>',
    filler.repeat(Math.ceil((10 * 1024 * 1024) / filler.length)),
    '<footer><a href="mailto:sales@bigcorp.test">sales@bigcorp.test</a></footer></body></html>',
  ].join('');
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
}
