/**
 * Rows a webmail leads with a header label of its own text ("To:", "发件人", `<td>From</td>`), on
 * pages no adapter knows (issue #19). A label is the whole of a short text node; its row is the
 * nearest ancestor with more than the label in it (a label in a `<b>` in a `<td>` rows its `<tr>`).
 * One bounded walk: a page with thousands of text nodes is read only in part.
 */
const MAX_TEXT_NODES = 3_000;
const MAX_LABEL_LENGTH = 16;
const MAX_CLIMB = 3;

export type LabelledRow = { label: string; row: Element };

export function labelledRows(scope: Element, isLabel: (text: string) => boolean, skip: (row: Element) => boolean = () => false): LabelledRow[] {
  const rows: LabelledRow[] = [];
  const walker = scope.ownerDocument.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < MAX_TEXT_NODES; node = walker.nextNode(), visited += 1) {
    const label = (node.nodeValue ?? '').trim();
    if (label.length === 0 || label.length > MAX_LABEL_LENGTH || !isLabel(label)) continue;
    let row = node.parentElement;
    if (!row || row.localName === 'option' || row.localName === 'script' || row.localName === 'style') continue;
    for (let climb = 0; climb < MAX_CLIMB && row.parentElement && row !== scope && (row.textContent ?? '').trim() === label; climb += 1) {
      row = row.parentElement;
    }
    if (skip(row) || rows.some((known) => known.row === row)) continue;
    rows.push({ label, row });
  }
  return rows;
}
