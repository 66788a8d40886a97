import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { uuidParam } from '../common/uuid-param.pipe.js';
import { StatsQuery } from './dto/stats.query.js';
import { StatsService } from './stats.service.js';

@ApiTags('stats')
@ApiBearerAuth()
@Controller('plans/:id/stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  /** The report figures for a period and an "as of" day, with the tasks behind every count (PlanFigures). */
  @Allow('read')
  @Get()
  @Header('content-type', 'application/json; charset=utf-8')
  @ApiOkResponse({ description: 'PlanFigures as JSON' })
  figures(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @Query() query: StatsQuery): Promise<string> {
    return this.stats.figuresJson(actor, id, query);
  }
}
