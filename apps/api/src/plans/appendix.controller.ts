import { Body, Controller, Delete, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { uuidParam } from '../common/uuid-param.pipe.js';
import { AppendixService } from './appendix.service.js';
import { CreateObjectiveDto, UpdateObjectiveDto, UpdateSectionDto } from './dto/plan.dto.js';

@ApiTags('plans')
@ApiBearerAuth()
@Allow('plan.manage')
@Controller()
export class AppendixController {
  constructor(private readonly appendix: AppendixService) {}

  @Patch('sections/:id')
  updateSection(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @Body() body: UpdateSectionDto) {
    return this.appendix.updateSection(actor, id, body);
  }

  @Delete('sections/:id')
  @HttpCode(204)
  async removeSection(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<void> {
    await this.appendix.removeSection(actor, id);
  }

  @Post('sections/:id/objectives')
  createObjective(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @Body() body: CreateObjectiveDto) {
    return this.appendix.createObjective(actor, id, body);
  }

  @Patch('objectives/:id')
  updateObjective(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @Body() body: UpdateObjectiveDto) {
    return this.appendix.updateObjective(actor, id, body);
  }

  @Delete('objectives/:id')
  @HttpCode(204)
  async removeObjective(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<void> {
    await this.appendix.removeObjective(actor, id);
  }
}
