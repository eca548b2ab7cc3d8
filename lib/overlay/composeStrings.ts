import * as enScripts from '../i18n/messages/en/scripts.json';
import * as zhScripts from '../i18n/messages/zh_CN/scripts.json';
import type { Locale } from '../i18n/locale';

/** Every word the always-on compose launcher shows, in one locale. */
export interface ComposeStrings {
  openPicker: string;
  genericMode: string;
  pickerFailed: string;
}

/*
 * The launcher's few words, taken from the locale files at build time (each key named, so the
 * bundle keeps only these) rather than through `i18n.getMessage`: the first getMessage in a page
 * makes the renderer fetch the extension's whole message bundle over a synchronous IPC, which
 * alone costs the page's main thread more than the launcher's whole budget (issue #3, item 6).
 */
const EN: ComposeStrings = {
  openPicker: enScripts.scriptsOpenPicker.message,
  genericMode: enScripts.scriptsGenericMode.message,
  pickerFailed: enScripts.scriptsPickerFailed.message,
};
const ZH_CN: ComposeStrings = {
  openPicker: zhScripts.scriptsOpenPicker.message,
  genericMode: zhScripts.scriptsGenericMode.message,
  pickerFailed: zhScripts.scriptsPickerFailed.message,
};

/**
 * The strings `i18n.getMessage` would give for the browser's UI language: Chrome and Firefox
 * look for `_locales/<ui locale>`, then the language alone, then the default (en); LeadKit ships
 * en and zh_CN, so only a zh-CN browser gets Chinese (zh-TW falls back to English, as there).
 */
export function composeStringsFor(uiLanguage: string): ComposeStrings {
  return uiLanguage.replace('-', '_').toLowerCase() === 'zh_cn' ? ZH_CN : EN;
}

/**
 * The language from the background's answer to `compose.locale` (the rep's choice in the options,
 * checked there against its schema), read by hand as the launcher does every answer; null when absent.
 */
export function localeFromAnswer(answer: unknown): Locale | null {
  const locale = answer && typeof answer === 'object' ? (answer as { locale?: unknown }).locale : undefined;
  return locale === 'en' || locale === 'zh_CN' ? locale : null;
}

interface NativeI18n {
  runtime?: { id?: string };
  i18n?: { getUILanguage?(): string };
}

/**
 * The browser's UI language, the one `i18n.getMessage` uses; `getUILanguage` needs no message
 * bundle. Firefox's native `browser` first, else Chrome's `chrome` (a page element with
 * id="browser" shows through on `window` even in the isolated world, hence the `runtime.id` check).
 */
export function browserUiLanguage(): string {
  const scope = globalThis as unknown as { browser?: NativeI18n; chrome?: NativeI18n };
  const api = scope.browser?.runtime?.id ? scope.browser : scope.chrome;
  return api?.i18n?.getUILanguage?.() ?? navigator.language;
}
