import { REMINDER_KIND_LABELS, formatDateVi } from '@khung/domain';
import { useId } from 'react';
import { ApiError } from '../../../api/client';
import { AppLink } from '../../../components/AppLink';
import { Bi } from '../../../components/Bi';
import { ErrorBox } from '../../../components/ErrorBox';
import { Loading } from '../../../components/Loading';
import { vi } from '../../../i18n/vi';
import { formatDateTimeVi } from '../../../lib/dateTime';
import { useMe, useUpdateMe } from '../../auth/hooks/useMe';
import { taskHref } from '../../tasks/lib/taskHref';
import { useMarkRead, useNotifications } from '../hooks/useNotifications';
import './inbox.css';

/** The reminders of the person, newest first; opening one marks it read. And whether they also come by e-mail. */
export function InboxView({ onOpenTask }: { onOpenTask: (taskId: string) => void }) {
  const inbox = useNotifications();
  const markRead = useMarkRead();

  return (
    <section className="inbox" aria-labelledby="inbox-title">
      <header className="inbox__head">
        <h1 id="inbox-title" className="page-title">
          <Bi text={vi.inbox.title} />
        </h1>
        <EmailSetting />
      </header>
      {inbox.isPending ? (
        <Loading className="loading--block" />
      ) : inbox.isError ? (
        inbox.error instanceof ApiError && inbox.error.status === 404 ? (
          <div className="notice">
            <Bi as="p" text={vi.inbox.unavailable} />
          </div>
        ) : (
          <ErrorBox error={inbox.error} onRetry={() => void inbox.refetch()} retrying={inbox.isFetching} />
        )
      ) : inbox.data.length === 0 ? (
        <div className="notice">
          <Bi as="p" text={vi.inbox.empty} />
        </div>
      ) : (
        <ul className="inbox__list" data-testid="inbox-list">
          {inbox.data.map((n) => (
            <li key={n.id} className={n.readAt ? 'reminder' : 'reminder reminder--unread'} data-testid="inbox-item">
              <p className="reminder__head">
                <Bi className={`flag flag--${n.kind === 'overdue' ? 'overdue' : 'due_soon'}`} text={REMINDER_KIND_LABELS[n.kind]} />
                <span className="reminder__why">
                  {n.reasonVi}
                  {/* The end-of-period reason already names its date. */}
                  {n.kind !== 'period_end' && (
                    <>
                      {' '}
                      ({vi.inbox.due.vi} <time dateTime={n.due}>{formatDateVi(n.due)}</time>)
                    </>
                  )}
                </span>
                <Bi className="reminder__role" text={vi.inbox.role[n.role]} />
                <time className="reminder__at" dateTime={n.createdAt}>
                  {formatDateTimeVi(n.createdAt)}
                </time>
              </p>
              <AppLink
                className="reminder__task"
                href={taskHref(n.task.id)}
                onNavigate={() => {
                  if (!n.readAt) markRead.mutate(n.id);
                  onOpenTask(n.task.id);
                }}
              >
                {n.task.text}
              </AppLink>
              {!n.readAt && (
                <button type="button" className="link-button reminder__mark" onClick={() => markRead.mutate(n.id)} disabled={markRead.isPending}>
                  <Bi text={vi.inbox.markRead} />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {markRead.isError && <ErrorBox error={markRead.error} title={vi.task.saveFailed} />}
    </section>
  );
}

function EmailSetting() {
  const me = useMe();
  const update = useUpdateMe();
  const id = useId();
  if (!me.data) return null;
  return (
    <div className="inbox__email">
      <input
        id={id}
        type="checkbox"
        checked={me.data.emailNotifications}
        disabled={update.isPending}
        onChange={(e) => update.mutate({ emailNotifications: e.target.checked })}
      />
      <label htmlFor={id}>
        <Bi text={vi.inbox.byEmail} /> {me.data.email && <span className="inbox__address">({me.data.email})</span>}
      </label>
      {update.isError && <ErrorBox error={update.error} title={vi.task.saveFailed} />}
    </div>
  );
}
