import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationView } from '@khung/contracts';
import { Notification } from '@khung/data';
import { reminderPhraseVi } from '@khung/domain';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.js';
import { notFound } from '../common/not-found.js';
import type { ListNotificationsQuery, UpdateNotificationDto } from './dto/notification.dto.js';

const NOTIFICATION = { vi: 'thông báo', en: 'notification' };

/** The signed-in person's reminders (written by the worker's sweep), newest first. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(actor: AuthUser, query: ListNotificationsQuery): Promise<NotificationView[]> {
    const rows = await this.db.getRepository(Notification).find({
      where: { userId: actor.id },
      relations: { task: true },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: query.limit ?? 50,
      skip: query.offset ?? 0,
    });
    return rows.map(toView);
  }

  /** Marks one of the person's reminders read or unread; another person's is not found. */
  async update(actor: AuthUser, id: string, dto: UpdateNotificationDto): Promise<NotificationView> {
    const repository = this.db.getRepository(Notification);
    const found = await repository.findOne({ where: { id, userId: actor.id }, relations: { task: true } });
    if (!found) throw notFound(NOTIFICATION, id);
    found.readAt = dto.read ? (found.readAt ?? new Date()) : null;
    await repository.update({ id }, { readAt: found.readAt });
    return toView(found);
  }
}

function toView(n: Notification): NotificationView {
  return {
    id: n.id,
    kind: n.kind,
    reasonVi: reminderPhraseVi({ kind: n.kind, dueOn: n.dueOn, days: n.days }),
    task: { id: n.task.id, text: n.task.text, deadlineText: n.task.deadlineText, planId: n.task.planId },
    due: n.dueOn,
    days: n.days,
    role: n.role,
    remindOn: n.remindOn,
    email: { status: n.emailStatus, error: n.emailError },
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}
