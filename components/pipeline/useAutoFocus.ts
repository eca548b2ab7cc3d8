import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Focus on mount. Preact passes `autoFocus` through as the HTML attribute, which browsers honour
 * only at page load, so an inline form that appears later must focus its first field itself.
 */
export function useAutoFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  return ref;
}
