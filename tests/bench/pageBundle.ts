import { build } from 'esbuild';

/**
 * One export of a bench module, bundled into a script an extension page can evaluate: it sets
 * `globalThis[globalName]` to the export (the seeder and the writer run inside the built extension).
 */
export async function bundleForPage(module: string, exportName: string, globalName: string): Promise<string> {
  const bundle = await build({
    stdin: { contents: `import { ${exportName} } from './${module}'; globalThis.${globalName} = ${exportName};`, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // What Vite gives product code: a production build's mode, as the extension the rep runs.
    define: { 'import.meta.env': JSON.stringify({ MODE: 'production' }) },
    write: false,
    logLevel: 'silent',
  });
  return bundle.outputFiles[0]!.text;
}
