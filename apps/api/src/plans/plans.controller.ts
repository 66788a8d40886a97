import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgencyQuery } from '../common/agency.query.js';
import { uuidParam } from '../common/uuid-param.pipe.js';
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

  @Get()
  list(@Query() query: AgencyQuery) {
    return this.plans.list(query.agencyId);
  }

  /** Imports an appendix (JSON of the fixture's shape) as a draft plan, in one transaction. */
  @Post('import')
  import(@Body() body: ImportPlanDto, @Query() query: ImportQuery) {
    return this.importer.import(body, query.dryRun ?? false);
  }

  /** The plan as a tree: sections → sub-sections → objectives → tasks. */
  @Get(':id')
  tree(@Param('id', uuidParam()) id: string) {
    return this.plans.tree(id);
  }

  @Post()
  create(@Body() body: CreatePlanDto) {
    return this.plans.create(body);
  }

  @Patch(':id')
  update(@Param('id', uuidParam()) id: string, @Body() body: UpdatePlanDto) {
    return this.plans.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.plans.remove(id);
  }

  @Post(':id/sections')
  createSection(@Param('id', uuidParam()) id: string, @Body() body: CreateSectionDto) {
    return this.appendix.createSection(id, body);
  }
}
