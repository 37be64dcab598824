import type { en } from './en.ts';
import type { PluralMessage } from './translate.ts';

/** The languages the app speaks. */
export const languages = ['es', 'en'] as const;
export type Language = (typeof languages)[number];

/** A key of the catalogues; the English one defines the set. */
export type MessageKey = keyof typeof en;

/** What every other catalogue must hold: the same keys, a plural where English has one. */
export type Catalogue = {
  [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage;
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
