import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { TextField } from '../common/text-field.decorator.js';
import { uuidParam } from '../common/uuid-param.pipe.js';
import { CommentsService } from './comments.service.js';

export class CreateCommentDto {
  @TextField({ max: 5000, example: 'Đề nghị Văn phòng gửi dự thảo trước ngày 10/01.' })
  body: string;
}

@ApiTags('comments')
@ApiBearerAuth()
@Controller('tasks/:id/comments')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Allow('read')
  @Get()
  list(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.comments.list(actor, id);
  }

  @Allow('task.comment')
  @Post()
  add(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @Body() body: CreateCommentDto) {
    return this.comments.add(actor, id, body.body);
  }
}
