import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { uuidParam } from '../common/uuid-param.pipe.js';
import { ListNotificationsQuery, UpdateNotificationDto } from './dto/notification.dto.js';
import { NotificationsService } from './notifications.service.js';

/** The signed-in person's inbox of reminders. */
@ApiTags('me')
@ApiBearerAuth()
@Allow('read')
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Newest first, each with why it was sent: the task, the kind, the due date. */
  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: ListNotificationsQuery) {
    return this.notifications.list(actor, query);
  }

  @Patch(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @Body() body: UpdateNotificationDto) {
    return this.notifications.update(actor, id, body);
  }
}
