/**
 * Same-origin frames, read from a content script. A cross-origin frame answers no document (and
 * some browsers throw rather than answer null): either way it is passed over.
 */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** The iframe element holding a same-origin document, or null at the top. */
export function frameElementOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}
