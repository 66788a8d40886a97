import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { uuidParam } from '../common/uuid-param.pipe.js';
import { CopyPlanDto } from './dto/copy-plan.dto.js';
import { PlanCopyService } from './plan-copy.service.js';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class PlanCopyController {
  constructor(private readonly copies: PlanCopyService) {}

  /** Copies the plan into the next year (or `year`) as a draft, with its progress cleared. */
  @Allow('plan.manage')
  @Post(':id/copy')
  copy(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @Body() body: CopyPlanDto) {
    return this.copies.copy(actor, id, body);
  }
}
