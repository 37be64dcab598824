import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { Failed, Loading } from '../../ui/states.tsx';
import type { FormJs } from './form-js.ts';

type Values = Record<string, unknown>;

/**
 * A form designed with form-js (deployed as a `.form` file and linked from the task), drawn by
 * the form-js viewer, which loads with the first such form. `submitRef` receives the function
 * the page's Complete button calls; the server's refusals (`errors`, by variable) show under
 * their fields.
 */
export function LinkedForm({
  schema,
  values,
  errors,
  onSubmit,
  submitRef,
}: {
  schema: Record<string, unknown>;
  values: Values;
  errors: Record<string, string>;
  onSubmit: (values: Values) => void;
  submitRef: { current: (() => void) | undefined };
}) {
  const container = useRef<HTMLDivElement>(null);
  const [form, setForm] = useState<FormJs>();
  const [failed, setFailed] = useState<unknown>();
  // The latest handler, so the form drawn once always submits through the current page state.
  const submitted = useRef(onSubmit);
  submitted.current = onSubmit;
  // Drawn once per schema (a reloaded task brings an equal copy): later values are the user's.
  const schemaText = JSON.stringify(schema);

  useEffect(() => {
    let created: FormJs | undefined;
    let current = true;
    import('./form-js.ts')
      .then(({ createFormJs }) =>
        createFormJs(container.current!, schema, values, (data) => submitted.current(data)),
      )
      .then(
        (made) => {
          created = made;
          if (current) setForm(made);
          else made.destroy();
        },
        (error: unknown) => current && setFailed(error),
      );
    return () => {
      current = false;
      created?.destroy();
      submitRef.current = undefined;
    };
  }, [schemaText]);

  useEffect(() => {
    if (!form) return;
    submitRef.current = form.submit;
    form.showErrors(errors);
  }, [form, errors, submitRef]);

  return (
    <>
      {!form && failed === undefined && <Loading />}
      {failed !== undefined && <Failed title={t('task.formFailed')} error={failed} />}
      <div class="linked-form" ref={container} />
    </>
  );
}
