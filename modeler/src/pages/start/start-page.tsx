import { useEffect, useRef, useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { type FormValues, GeneratedForm, initialValues } from '../../ui/generated-form.tsx';
import { Link } from '../../ui/link.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { SlaCountdown } from '../../ui/sla-countdown.tsx';
import { Empty, Failed, Loading } from '../../ui/states.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { fieldErrors } from '../task/field-errors.ts';

type Startable = Schemas['StartableProcess'];

const CUSTOMER_FIELD = 'start-customer';
type Task = Schemas['Task'];

/**
 * Registering a customer's request: the processes the user may start, the customer's key and
 * the start form; once started, the promise clock of its first task shows at once.
 */
export default function StartPage() {
  const startable = useResource(() => call(api.GET('/api/process-definitions/startable')), []);
  const [chosen, setChosen] = useState<string>();

  if (startable.status === 'loading') return <Loading />;
  if (startable.status === 'failed')
    return (
      <div class="page">
        <Failed title={t('list.error.title')} error={startable.error} onRetry={startable.reload} />
      </div>
    );
  const processes = startable.data;
  const current = processes.find((p) => p.id === chosen) ?? processes[0];
  return (
    <div class="page">
      <PageHeader title={t('start.title')} subtitle={t('start.subtitle')} />
      {!current ? (
        <Empty icon="process" title={t('start.none.title')} body={t('start.none.body')} />
      ) : (
        <div class="start-page">
          <nav class="segmented" aria-label={t('start.processes')}>
            {processes.map((p) => (
              <button
                key={p.id}
                type="button"
                class={p.id === current.id ? 'segmented__item is-active' : 'segmented__item'}
                aria-pressed={p.id === current.id}
                onClick={() => {
                  setChosen(p.id);
                  // Chosen: the customer comes next, as on a form opened afresh.
                  requestAnimationFrame(() => document.getElementById(CUSTOMER_FIELD)?.focus());
                }}
              >
                {p.name ?? p.processId}
              </button>
            ))}
          </nav>
          <StartForm key={current.id} process={current} />
        </div>
      )}
    </div>
  );
}

function StartForm({ process }: { process: Startable }) {
  const [businessKey, setBusinessKey] = useState('');
  const [values, setValues] = useState<FormValues>(() => initialValues(process.startForm));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string>();
  const [started, setStarted] = useState<{ instanceId: string; task?: Task }>();
  const [busy, setBusy] = useState(false);
  const customer = useRef<HTMLInputElement>(null);
  // An agent on the phone types the customer first: the field is ready when the form is.
  useEffect(() => customer.current?.focus(), []);

  async function start(event: Event) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setProblem(undefined);
    try {
      const instance = await call(
        api.POST('/api/process-definitions/{id}/start', {
          params: { path: { id: process.id } },
          body: { businessKey: businessKey.trim() || undefined, variables: values },
        }),
      );
      // Its first task, where the promise clock runs (one the user may see).
      const { items } = await call(
        api.GET('/api/tasks', { params: { query: { instanceId: instance.id, limit: 1 } } }),
      );
      setStarted({ instanceId: instance.id, task: items[0] });
      setBusinessKey('');
      setValues(initialValues(process.startForm));
      customer.current?.focus();
    } catch (error) {
      const onFields = fieldErrors(error);
      // A refused value is said on its field; anything else above the form.
      if (onFields) setErrors(onFields);
      else setProblem(errorMessage(error, { businessKey: t('start.businessKey') }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="start-page__body">
      <form class="panel start-form" onSubmit={start} noValidate>
        <h2 class="panel__title">{process.name ?? process.processId}</h2>
        {problem && (
          <p class="callout callout--error" role="alert">
            {problem}
          </p>
        )}
        <label class="field">
          <span class="field__label">{t('start.businessKey')}</span>
          <input
            class="input"
            name="businessKey"
            id={CUSTOMER_FIELD}
            ref={customer}
            value={businessKey}
            onInput={(e) => setBusinessKey((e.target as HTMLInputElement).value)}
          />
        </label>
        <GeneratedForm
          fields={process.startForm}
          values={values}
          errors={errors}
          onChange={(field, value) => setValues({ ...values, [field]: value })}
        />
        <div class="form-actions">
          <button type="submit" class="button button--primary" disabled={busy}>
            {t('start.submit')}
          </button>
        </div>
      </form>
      {started && (
        <section class="panel start-result" aria-live="polite" aria-label={t('start.started')}>
          <h2 class="panel__title">{t('start.started')}</h2>
          {started.task ? (
            <>
              <p>
                <span class="mono">{started.task.businessKey ?? ''}</span>{' '}
                {t('start.waitsAt', { task: started.task.name ?? started.task.elementId })}
              </p>
              <SlaCountdown sla={started.task.sla} dueAt={started.task.dueAt} />
              <p>
                <Link href={`/tasks/${encodeURIComponent(started.task.id)}`}>
                  {t('start.openTask')}
                </Link>
              </p>
            </>
          ) : (
            <p class="muted">{t('start.noTask', { id: started.instanceId })}</p>
          )}
        </section>
      )}
    </div>
  );
}
