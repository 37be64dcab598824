/**
 * Message formatting without a library: `{name}` placeholders, and plural entries as objects
 * keyed by the `Intl.PluralRules` category (`one`, `other`, ...), the count in `{count}`.
 */

/** A catalogue entry: a plain message, or one message per plural category. */
export type Message = string | PluralMessage;
export type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

export type Params = Record<string, string | number>;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralOf(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/** Fills `{name}` from `params`; numbers are written in the locale's digits and separators. */
export function interpolate(template: string, locale: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(locale) : value;
  });
}

/**
 * One message in `locale`. A plural entry picks its form by `params.count`.
 *
 * @example
 * formatMessage({ one: '{count} version', other: '{count} versions' }, 'en', { count: 2 }) // '2 versions'
 */
export function formatMessage(message: Message, locale: string, params: Params = {}): string {
  if (typeof message === 'string') return interpolate(message, locale, params);
  const count = Number(params.count ?? 0);
  const form = message[pluralOf(locale).select(count)] ?? message.other;
  return interpolate(form, locale, params);
}
