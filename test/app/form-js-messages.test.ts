import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../modeler/src/i18n/en.ts';
import { es } from '../../modeler/src/i18n/es.ts';
import { formatMessage } from '../../modeler/src/i18n/translate.ts';
import { readFormJsMessage } from '../../modeler/src/pages/task/form-js-messages.ts';

/** What the app shows for one of form-js's messages in `language` (as `form-js.ts` does). */
function said(message: string, language: 'en' | 'es'): string {
  const known = readFormJsMessage(message);
  if (!known) return message;
  return formatMessage({ en, es }[language][known.key], language, known.params);
}

/** The messages form-js's validator writes (`errors.push(...)` in the viewer), a bound as 5. */
function formJsValidatorMessages(): string[] {
  const source = readFileSync(
    new URL('../../node_modules/@bpmn-io/form-js-viewer/dist/index.es.js', import.meta.url),
    'utf8',
  );
  const written = [...source.matchAll(/errors\.push\((['`])((?:(?!\1).)*)\1\);/g)].map((m) =>
    m[2]!.replace(/\$\{[^}]+\}/g, '5'),
  );
  return [
    ...written,
    // Built from parts in the source: its forms, and the pattern message without the designer's.
    'Value is expected to be an integer.',
    'Value is expected to have at most 1 decimal digit.',
    'Value is expected to have at most 2 decimal digits.',
    'Field must match pattern [0-9]+.',
  ];
}

/** Mistakes of a form's author, not of the person filling it in: left as form-js writes them. */
const AUTHOR_MISTAKES = [
  'Document reference is not defined.',
  'Min validation value is not a valid number.',
  'Max validation value is not a valid number.',
];

describe("form-js's own messages", () => {
  it('says every message form-js writes about a value in Spanish, with its bound', () => {
    const messages = formJsValidatorMessages().filter((m) => !AUTHOR_MISTAKES.includes(m));
    expect(messages.length).toBeGreaterThanOrEqual(13);
    for (const message of messages) {
      expect(readFormJsMessage(message), message).toBeDefined();
      expect(said(message, 'es'), message).not.toMatch(/\b(Field|Value|must|Please)\b/);
    }
    expect(said('Field is required.', 'es')).toBe('Este campo es obligatorio.');
    expect(said('Field must have minimum value of 5.', 'es')).toBe('Como mínimo 5.');
    expect(said('Value is expected to have at most 2 decimal digits.', 'es')).toBe(
      'Como máximo 2 decimales.',
    );
    expect(
      said('Please select a valid value, the two nearest valid values are 10 and 15.', 'es'),
    ).toBe('Elige un valor válido: los más cercanos son 10 y 15.');
  });

  it('says them in English in English, and leaves a designer’s own message as written', () => {
    expect(said('Field is required.', 'en')).toBe('This field is required.');
    expect(said('Field must have maximum length of 200.', 'en')).toBe('At most 200 characters.');
    expect(readFormJsMessage('Use the format AB-1234.')).toBeUndefined();
  });
});
