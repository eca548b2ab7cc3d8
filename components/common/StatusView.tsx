import type { ComponentChildren } from 'preact';

/** The one look for loading, empty and error states. `role` lets screen readers announce it. */
export function StatusView(props: { tone: 'loading' | 'empty' | 'error'; title: string; detail?: string; children?: ComponentChildren }) {
  return (
    <section class={`status status--${props.tone}`} role={props.tone === 'error' ? 'alert' : 'status'} aria-busy={props.tone === 'loading'}>
      {props.tone === 'loading' && <div class="spinner" aria-hidden="true" />}
      <h2 class="status__title">{props.title}</h2>
      {props.detail && <p class="status__detail">{props.detail}</p>}
      {props.children}
    </section>
  );
}
