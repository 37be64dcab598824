import { computed, signal } from '@preact/signals';
import {
  type Catalogue,
  isLanguage,
  type Language,
  languages,
  type MessageKey,
} from './catalogue.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { formatMessage, type Params } from './translate.ts';

const catalogues: Record<Language, Catalogue> = { es, en };
const STORED = 'promesa.language';

/**
 * The language the browser asks for, first match of `navigator.languages` by primary subtag
 * (`es-MX` → `es`), English when none matches.
 */
export function browserLanguage(preferred: readonly string[] = navigator.languages): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORED);
  return isLanguage(stored) ? stored : browserLanguage();
}

/** The language the app speaks now; every `t()` in a render re-runs when it changes. */
export const language = signal<Language>(initialLanguage());

/** The user's time zone, for every date the app writes. */
export const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Switches the language on this device (the server copy is the session's job). */
export function setLanguage(next: Language): void {
  language.value = next;
  localStorage.setItem(STORED, next);
  document.documentElement.lang = next;
}

/**
 * The message `key` in the current language.
 *
 * @example
 * t('list.count', { count: 3 }) // '3 items' / '3 elementos'
 */
export function t(key: MessageKey, params?: Params): string {
  return formatMessage(catalogues[language.value][key], language.value, params);
}

/** True when `key` names a message (for codes that come from the server). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The languages with their own names, for the switcher. */
export const languageChoices = computed(() =>
  languages.map((code) => ({ code, label: t(`language.${code}`) })),
);
