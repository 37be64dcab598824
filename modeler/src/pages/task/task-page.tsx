import { useRef, useState } from 'preact/hooks';
import { ApiError, api, call } from '../../api/client.ts';
import type { PageProps } from '../../app/routes.ts';
import { navigate } from '../../app/router.ts';
import { serverNow } from '../../app/server-clock.ts';
import { taskListAddress } from '../../app/task-list-address.ts';
import { me } from '../../app/session.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { formatRelative } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { type FormValues, GeneratedForm, initialValues } from '../../ui/generated-form.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Failed, Loading } from '../../ui/states.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { taskActions } from '../tasks/task-actions.ts';
import { fieldErrors } from './field-errors.ts';
import { LinkedForm } from './linked-form.tsx';
import { TaskComments } from './task-comments.tsx';
import { TaskCustomer } from './task-customer.tsx';
import { TaskDiagram } from './task-diagram.tsx';
import { TaskPromise } from './task-promise.tsx';
import './task.css';

/**
 * One task: its form (a linked form-js form, else the generated one) prefilled from the
 * instance, claim and complete, with its
 * diagram below and, beside it, its promise, its customer's latest story and its comments. A refused value
 * is shown on its field; a task someone else completed or took says who and when.
 */
export default function TaskPage({ params }: PageProps) {
  const id = params.taskId!;
  const task = useResource(
    () => call(api.GET('/api/tasks/{id}', { params: { path: { id } } })),
    [id],
  );
  const [values, setValues] = useState<FormValues>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submitLinked = useRef<(() => void) | undefined>(undefined);

  if (task.status === 'loading') return <Loading />;
  if (task.status === 'failed')
    return (
      <div class="page">
        <Failed title={t('task.failed')} error={task.error} onRetry={task.reload} />
      </div>
    );
  const data = task.data;
  const shown = values ?? initialValues(data.form.fields, data.variables);
  const user = me.value!.username;

  async function run(action: () => Promise<unknown>, after?: () => void) {
    setBusy(true);
    setProblem(undefined);
    setErrors({});
    try {
      await action();
      after?.();
      task.reload();
    } catch (error) {
      const onFields = fieldErrors(error);
      // A refused value is said on its field; anything else above the form.
      if (onFields) setErrors(onFields);
      else setProblem(explain(error));
    } finally {
      setBusy(false);
    }
  }

  const completeWith = (variables: Record<string, unknown>) =>
    void run(
      () =>
        call(
          api.POST('/api/tasks/{id}/complete', { params: { path: { id } }, body: { variables } }),
        ),
      () => navigate(taskListAddress()),
    );
  const schema = data.form.schema;

  return (
    <div class="page task-page">
      <PageHeader
        back={{ href: taskListAddress(), label: t('task.backToList') }}
        title={data.name ?? data.elementId}
        subtitle={t('task.where', {
          process: data.processName ?? data.processId,
          lane: data.lane ?? '—',
        })}
      />
      <div class="task-page__body">
        <div class="task-page__main">
          <section class="panel task-page__form" aria-labelledby="task-form-title">
            <div class="task-page__form-head">
              <h2 class="panel__title" id="task-form-title">
                {t('task.form')}
              </h2>
              <span class="muted">
                {t('tasks.column.assignee')}:{' '}
                {data.assignee === user ? t('tasks.you') : (data.assignee ?? t('tasks.unassigned'))}
              </span>
            </div>
            {data.suspended && data.state === 'open' && (
              <p class="callout callout--warning" role="status">
                {t('task.suspended')}
              </p>
            )}
            {problem && (
              <p class="callout callout--error" role="alert">
                {problem}
              </p>
            )}
            {schema ? (
              <LinkedForm
                schema={schema}
                values={data.variables}
                errors={errors}
                onSubmit={completeWith}
                submitRef={submitLinked}
              />
            ) : (
              <form
                id="task-form"
                class="task-page__fields"
                onSubmit={(event) => {
                  event.preventDefault();
                  completeWith(shown);
                }}
                noValidate
              >
                {data.form.fields.length === 0 && <p class="muted">{t('task.noFields')}</p>}
                <GeneratedForm
                  fields={data.form.fields}
                  values={shown}
                  errors={errors}
                  onChange={(field, value) => setValues({ ...shown, [field]: value })}
                />
              </form>
            )}
            <div class="form-actions">
              {data.state === 'open' && data.assignee === null && !data.suspended && (
                <button
                  type="button"
                  class="button"
                  disabled={busy}
                  onClick={() => void run(() => taskActions.claim(id))}
                >
                  {t('tasks.claim')}
                </button>
              )}
              {/* A linked form submits through form-js, which hands its values to completeWith. */}
              <button
                type={schema ? 'button' : 'submit'}
                form={schema ? undefined : 'task-form'}
                class="button button--primary"
                disabled={busy || data.state !== 'open' || data.suspended}
                onClick={schema ? () => submitLinked.current?.() : undefined}
              >
                {t('task.complete')}
              </button>
            </div>
          </section>
          <TaskDiagram taskId={id} elementId={data.elementId} />
        </div>
        <aside class="task-page__aside" aria-label={t('task.facts')}>
          <TaskPromise task={data} />
          <TaskCustomer businessKey={data.businessKey} />
          <TaskComments taskId={id} open={data.state === 'open'} />
        </aside>
      </div>
    </div>
  );
}

/** A refusal in words: who completed or holds the task, else the server's code translated. */
function explain(error: unknown): string {
  if (error instanceof ApiError && error.code === 'task-not-open') {
    const { completedBy, completedAt } = error.details as {
      completedBy?: string;
      completedAt?: string;
    };
    if (completedBy && completedAt) {
      // "a moment ago" reads better than "now" or "12 s ago" for what just happened.
      const recent = serverNow() - Date.parse(completedAt) < 60_000;
      const when = recent ? t('time.momentAgo') : formatRelative(completedAt, serverNow());
      return t('task.completedBy', { user: completedBy, when });
    }
  }
  return errorMessage(error);
}
