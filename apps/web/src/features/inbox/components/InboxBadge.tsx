import { bi, vi } from '../../../i18n/vi';
import { useNotifications } from '../hooks/useNotifications';

/** The number of unread reminders beside the inbox tab; nothing when there are none (or no inbox). */
export function InboxBadge() {
  const inbox = useNotifications();
  const unread = inbox.data?.filter((n) => n.readAt === null).length ?? 0;
  if (unread === 0) return null;
  return (
    <span className="count-badge" aria-label={bi(vi.inbox.unread(unread))} data-testid="inbox-unread">
      {unread}
    </span>
  );
}
