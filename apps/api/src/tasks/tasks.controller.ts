import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { uuidParam } from '../common/uuid-param.pipe.js';
import { CreateTaskDto, ListTasksQuery, UpdateTaskDto } from './dto/task.dto.js';
import { TasksService } from './tasks.service.js';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Allow('read')
  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: ListTasksQuery) {
    return this.tasks.list(actor, query);
  }

  @Allow('read')
  @Get(':id')
  get(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.tasks.get(actor, id);
  }

  @Allow('plan.manage')
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateTaskDto) {
    return this.tasks.create(actor, body);
  }

  /** Progress fields (status, completedOn, percent, cancelReason) are open to lead units; the rest to coordinators. */
  @Allow('task.progress')
  @Patch(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @Body() body: UpdateTaskDto) {
    return this.tasks.update(actor, id, body);
  }

  @Allow('plan.manage')
  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<void> {
    await this.tasks.remove(actor, id);
  }
}
