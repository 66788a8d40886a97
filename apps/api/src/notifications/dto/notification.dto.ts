import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { PageLimit, PageOffset } from '../../common/page.query.js';

export class ListNotificationsQuery {
  @PageLimit(200, 50)
  limit?: number;

  @PageOffset()
  offset?: number;
}

export class UpdateNotificationDto {
  @ApiProperty({ example: true, description: 'true marks the reminder read, false unread' })
  @IsBoolean()
  read: boolean;
}
