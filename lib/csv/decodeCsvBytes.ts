export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';

/**
 * The text of an uploaded CSV. A byte-order mark decides (UTF-8, or UTF-16 as Excel's "Unicode
 * text" writes); otherwise strict UTF-8, and when that fails (invalid sequences), GBK: what Excel
 * and WPS on Chinese Windows save as "CSV". GBK is decoded by the browser's own TextDecoder (the
 * Encoding Standard's gbk, a superset of GB2312), so no decoder ships with the extension.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding; bom: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk', bom: false };
  }
}
