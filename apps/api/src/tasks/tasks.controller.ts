import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../common/uuid-param.pipe.js';
import { CreateTaskDto, ListTasksQuery, UpdateTaskDto } from './dto/task.dto.js';
import { TasksService } from './tasks.service.js';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  list(@Query() query: ListTasksQuery) {
    return this.tasks.list(query);
  }

  @Get(':id')
  get(@Param('id', uuidParam()) id: string) {
    return this.tasks.get(id);
  }

  @Post()
  create(@Body() body: CreateTaskDto) {
    return this.tasks.create(body);
  }

  @Patch(':id')
  update(@Param('id', uuidParam()) id: string, @Body() body: UpdateTaskDto) {
    return this.tasks.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.tasks.remove(id);
  }
}
