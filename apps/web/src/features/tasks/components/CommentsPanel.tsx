import { useId, useState, type FormEvent } from 'react';
import { Bi } from '../../../components/Bi';
import { ErrorBox } from '../../../components/ErrorBox';
import { QueryView } from '../../../components/QueryView';
import { vi } from '../../../i18n/vi';
import { formatDateTimeVi } from '../../../lib/dateTime';
import { useAddComment, useComments } from '../hooks/useComments';

/** The task's comments, oldest first as a conversation reads; a box to add one for those who may. */
export function CommentsPanel({ taskId, editable }: { taskId: string; editable: boolean }) {
  const comments = useComments(taskId);
  const add = useAddComment(taskId);
  const [body, setBody] = useState('');
  const id = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!body.trim() || add.isPending) return;
    add.mutate(body.trim(), { onSuccess: () => setBody('') });
  }

  return (
    <section className="drawer__section" aria-labelledby="comments-title">
      <h3 id="comments-title" className="drawer__subtitle">
        <Bi text={vi.task.comments} />
        {comments.data && <span className="drawer__count"> ({comments.data.length})</span>}
      </h3>
      <QueryView query={comments} empty={vi.task.noComments}>
        {(list) => (
          <ol className="comments" data-testid="comments">
            {[...list].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((c) => (
              <li key={c.id} className="comment">
                <p className="entry__meta">
                  {c.author?.name} · <time dateTime={c.createdAt}>{formatDateTimeVi(c.createdAt)}</time>
                </p>
                <p className="comment__body">{c.body}</p>
              </li>
            ))}
          </ol>
        )}
      </QueryView>
      {editable && (
        <form className="comment-form" onSubmit={submit}>
          <label htmlFor={id} className="visually-hidden">
            <Bi text={vi.task.addComment} />
          </label>
          <textarea id={id} rows={2} value={body} onChange={(e) => setBody(e.target.value)} placeholder={`${vi.task.addComment.vi}…`} data-testid="comment-body" />
          {add.isError && <ErrorBox error={add.error} title={vi.task.saveFailed} />}
          <button type="submit" className="button" disabled={add.isPending || !body.trim()} data-testid="comment-submit">
            <Bi text={add.isPending ? vi.common.saving : vi.task.send} />
          </button>
        </form>
      )}
    </section>
  );
}
