/**
 * The e2e build's hold on an injection, between the background's check of a page and its
 * executeScript (#22: a navigation in that gap must not land our script on another site). A real
 * browser gives no other way to navigate a tab at exactly that moment. A test holds a gate from the
 * service worker, waits until `waiting`, navigates, then calls `release` and awaits `settled` for
 * what executeScript did. In every other build both functions are no-ops (Vite drops the rest).
 */
interface Gate {
  held: boolean;
  waiting?: boolean;
  release?: () => void;
  settled?: Promise<string>;
}

type Report = (running: Promise<unknown>) => void;

/**
 * Waits while a test holds the gate `name`; returns how to report the injection that follows.
 * A caller with a deadline calls this before starting its clock: the time a test holds the gate
 * is not the page's time.
 */
export async function e2eHold(name: string): Promise<Report | undefined> {
  if (import.meta.env.MODE !== 'e2e') return undefined;
  const gate = (globalThis as { leadkitE2eGates?: Record<string, Gate> }).leadkitE2eGates?.[name];
  if (!gate?.held) return undefined;
  gate.held = false;
  await new Promise<void>((resolve) => {
    gate.release = resolve;
    gate.waiting = true;
  });
  return (running) => {
    gate.settled = running.then(
      () => 'injected',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
  };
}

export async function e2eInjectionGate<T>(name: string, inject: () => Promise<T>): Promise<T> {
  const report = await e2eHold(name);
  const running = inject();
  report?.(running);
  return running;
}
