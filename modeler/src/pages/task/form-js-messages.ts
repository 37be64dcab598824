import type { MessageKey } from '../../i18n/catalogue.ts';
import type { Params } from '../../i18n/translate.ts';

/**
 * form-js's own checks (`required`, `min`, `maxLength`, number and pattern rules), in the
 * user's language. The viewer writes its messages in English with no translation hook
 * (`Validator` in @bpmn-io/form-js-viewer 1.x), so each is recognised by its wording and said
 * again from the catalogue, with the bound it names; the rules the engine also checks read as
 * the server's refusals do (`form.error.*`). A message not recognised (a designer's own
 * `patternErrorMessage`) is shown as written. `form-js.ts` says them with `t()`.
 */
const MESSAGES: [RegExp, MessageKey, ...string[]][] = [
  [/^Field is required\.$/, 'form.error.required'],
  [/^Field must have minimum value of (.+)\.$/, 'form.error.min', 'limit'],
  [/^Field must have maximum value of (.+)\.$/, 'form.error.max', 'limit'],
  [/^Field must have minimum length of (.+)\.$/, 'form.error.minlength', 'limit'],
  [/^Field must have maximum length of (.+)\.$/, 'form.error.maxlength', 'limit'],
  [/^Value is not a number\.$/, 'form.error.double'],
  [/^Value is expected to be an integer\.$/, 'form.error.long'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'formjs.decimals', 'count'],
  [
    /^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    'formjs.increment',
    'previous',
    'next',
  ],
  [/^Field must match pattern (.+)\.$/, 'formjs.pattern', 'pattern'],
  [/^Field must be a valid +international phone number\..*$/, 'formjs.phone'],
  [/^Field must be a valid email\.$/, 'formjs.email'],
  [/^Date and time must both be entered\.$/, 'formjs.dateTime'],
];

/**
 * The catalogue's message for one of form-js's, with the values it names; undefined for a
 * message form-js did not write (a designer's own), which is shown as written.
 */
export function readFormJsMessage(
  message: string,
): { key: MessageKey; params: Params } | undefined {
  for (const [pattern, key, ...names] of MESSAGES) {
    const found = pattern.exec(message);
    if (!found) continue;
    const params = Object.fromEntries(
      names.map((name, i) => {
        const value = found[i + 1]!;
        return [name, name === 'count' ? Number(value) : value];
      }),
    );
    return { key, params };
  }
  return undefined;
}
