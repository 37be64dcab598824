import { useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { me } from '../../app/session.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { RelativeTime } from '../../ui/relative-time.tsx';
import { Failed, Loading } from '../../ui/states.tsx';
import { useResource } from '../../ui/use-resource.ts';

/**
 * What people wrote on the task, oldest first, and a box to add a comment while it is open.
 * A comment is written as the signed-in user; it stays with the task once it ended.
 */
export function TaskComments({ taskId, open }: { taskId: string; open: boolean }) {
  const comments = useResource(
    () => call(api.GET('/api/tasks/{id}/comments', { params: { path: { id: taskId } } })),
    [taskId],
  );
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const user = me.value?.username;

  async function send(event: Event) {
    event.preventDefault();
    if (!draft.trim()) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await call(
        api.POST('/api/tasks/{id}/comments', {
          params: { path: { id: taskId } },
          body: { message: draft },
        }),
      );
      setDraft('');
      comments.reload();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel task-side" aria-labelledby="task-comments-title">
      <h2 class="panel__title" id="task-comments-title">
        {t('task.comments.title')}
      </h2>
      {comments.status === 'loading' && <Loading />}
      {comments.status === 'failed' && (
        <Failed
          title={t('task.comments.failed')}
          error={comments.error}
          onRetry={comments.reload}
        />
      )}
      {comments.status === 'loaded' && comments.data.length === 0 && (
        <p class="muted">{t('task.comments.none')}</p>
      )}
      {comments.status === 'loaded' && comments.data.length > 0 && (
        <ol class="task-comments" aria-label={t('task.comments.title')}>
          {comments.data.map((comment) => (
            <li key={comment.id} class="task-comment">
              <p class="task-comment__meta">
                <span class="task-comment__author">
                  {comment.userId === user ? t('tasks.you') : (comment.userId ?? '—')}
                </span>{' '}
                <span class="muted">
                  <RelativeTime at={comment.at} />
                </span>
              </p>
              <p class="task-comment__message">{comment.message}</p>
            </li>
          ))}
        </ol>
      )}
      {open && (
        <form class="task-comments__form" onSubmit={(event) => void send(event)}>
          <label class="field">
            <span class="field__label">{t('task.comments.new')}</span>
            <textarea
              class="textarea"
              rows={3}
              maxLength={4000}
              value={draft}
              onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)}
            />
          </label>
          {problem && (
            <p class="callout callout--error" role="alert">
              {problem}
            </p>
          )}
          <button type="submit" class="button" disabled={busy || !draft.trim()}>
            {t('task.comments.send')}
          </button>
        </form>
      )}
    </section>
  );
}
