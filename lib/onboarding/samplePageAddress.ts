import { originOfUrl } from '../messaging/sender';

/** The sample company's page, shipped with the extension (entrypoints/sample-company). */
export const SAMPLE_PAGE_PATH = '/sample-company.html' as const;
/**
 * The address the sample page stands for. An extension page's own URL would make the lead's
 * website `chrome-extension://<id>`; the reserved `.example` domain names no real company.
 */
export const SAMPLE_SITE_URL = 'https://www.northwind-robotics.example/';

/** Whether a tab shows the sample page of this extension (`extensionBase`: runtime.getURL('/')). */
export function isSamplePage(url: string | undefined, extensionBase: string): boolean {
  if (!url || !URL.canParse(url)) return false;
  const origin = originOfUrl(extensionBase);
  return origin !== null && originOfUrl(url) === origin && new URL(url).pathname === SAMPLE_PAGE_PATH;
}
