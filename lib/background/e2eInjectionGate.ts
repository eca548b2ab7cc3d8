/**
 * The e2e build's hold on an injection, between the background's check of a page and its
 * executeScript (#22: a navigation in that gap must not land our script on another site). A real
 * browser gives no other way to navigate a tab at exactly that moment. A test holds a gate from the
 * service worker, waits until `waiting`, navigates, then calls `release` and awaits `settled` for
 * what executeScript did. In every other build this is `inject()` (Vite drops the rest).
 */
interface Gate {
  held: boolean;
  waiting?: boolean;
  release?: () => void;
  settled?: Promise<string>;
}

export async function e2eInjectionGate<T>(name: string, inject: () => Promise<T>): Promise<T> {
  if (import.meta.env.MODE !== 'e2e') return inject();
  const gate = (globalThis as { leadkitE2eGates?: Record<string, Gate> }).leadkitE2eGates?.[name];
  if (!gate?.held) return inject();
  gate.held = false;
  await new Promise<void>((resolve) => {
    gate.release = resolve;
    gate.waiting = true;
  });
  const running = inject();
  gate.settled = running.then(
    () => 'injected',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  return running;
}
