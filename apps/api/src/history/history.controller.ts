import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntryView } from '@khung/contracts';
import { AuditEntry } from '@khung/data';
import type { DataSource, FindOptionsWhere } from 'typeorm';
import { Allow } from '../auth/allow.decorator.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { uuidParam } from '../common/uuid-param.pipe.js';
import { PlansService } from '../plans/plans.service.js';
import { TasksService } from '../tasks/tasks.service.js';

/** The record of changes, newest first: per task, and per plan (its tasks included). */
@ApiTags('history')
@ApiBearerAuth()
@Allow('read')
@Controller()
export class HistoryController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TasksService,
    private readonly plans: PlansService,
  ) {}

  @Get('tasks/:id/history')
  async task(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<AuditEntryView[]> {
    await this.tasks.authorize(this.db.manager, actor, 'read', id);
    return this.entries({ entityType: 'task', entityId: id });
  }

  @Get('plans/:id/history')
  async plan(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<AuditEntryView[]> {
    await this.plans.load(actor, id);
    return this.entries({ planId: id });
  }

  private async entries(where: FindOptionsWhere<AuditEntry>): Promise<AuditEntryView[]> {
    const rows = await this.db.getRepository(AuditEntry).find({ where, order: { at: 'DESC' }, take: 1000 });
    return rows.map((r) => ({ id: r.id, at: r.at.toISOString(), actorName: r.actorName, action: r.action, entityType: r.entityType, entityId: r.entityId, changes: r.changes }));
  }
}
