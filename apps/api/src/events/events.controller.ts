import { Controller, Param, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import { Allow } from '../auth/allow.decorator.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { AcceptQueryToken } from '../auth/query-token.decorator.js';
import { uuidParam } from '../common/uuid-param.pipe.js';
import { PlanEventsService, type BoardEvent } from './plan-events.service.js';

@ApiTags('events')
@ApiBearerAuth()
@Controller('plans/:id/events')
export class EventsController {
  constructor(private readonly events: PlanEventsService) {}

  /**
   * Server-sent events of a plan: `figures` when the worker has recomputed its figures (read them
   * again from /stats). EventSource cannot send headers: pass the token as `?access_token=`.
   */
  @Allow('read')
  @AcceptQueryToken()
  @ApiQuery({ name: 'access_token', required: false, description: 'The access token, for EventSource' })
  @Sse()
  stream(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<Observable<BoardEvent>> {
    return this.events.planEvents(actor, id);
  }
}
