import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, UseFilters, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { AgencyQuery } from '../common/agency.query.js';
import { uuidParam } from '../common/uuid-param.pipe.js';
import { PlanDocumentInterceptor } from '../documents/import/plan-document.interceptor.js';
import { UploadLimitFilter } from '../progress/upload-limit.filter.js';
import { AppendixService } from './appendix.service.js';
import { ImportPlanDto, ImportQuery } from './dto/import-plan.dto.js';
import { CreatePlanDto, CreateSectionDto, UpdatePlanDto } from './dto/plan.dto.js';
import { PlanImportService } from './plan-import.service.js';
import { PlansService } from './plans.service.js';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly importer: PlanImportService,
    private readonly appendix: AppendixService,
  ) {}

  @Allow('read')
  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: AgencyQuery) {
    return this.plans.list(actor, query.agencyId);
  }

  /**
   * Imports an appendix as a draft plan, in one transaction: JSON of the fixture's shape, or a
   * .docx/.xlsx in multipart field `file`, which the interceptor reads into that shape.
   */
  @Allow('plan.manage')
  @Post('import')
  @UseInterceptors(PlanDocumentInterceptor)
  @UseFilters(UploadLimitFilter)
  @ApiConsumes('application/json', 'multipart/form-data')
  import(@CurrentUser() actor: AuthUser, @Body() body: ImportPlanDto, @Query() query: ImportQuery) {
    return this.importer.import(actor, body, query.dryRun ?? false);
  }

  /** The plan as a tree: sections → sub-sections → objectives → tasks. */
  @Allow('read')
  @Get(':id')
  tree(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.plans.tree(actor, id);
  }

  @Allow('plan.manage')
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreatePlanDto) {
    return this.plans.create(actor, body);
  }

  @Allow('plan.manage')
  @Patch(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @Body() body: UpdatePlanDto) {
    return this.plans.update(actor, id, body);
  }

  @Allow('plan.manage')
  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<void> {
    await this.plans.remove(actor, id);
  }

  @Allow('plan.manage')
  @Post(':id/sections')
  createSection(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @Body() body: CreateSectionDto) {
    return this.appendix.createSection(actor, id, body);
  }
}
