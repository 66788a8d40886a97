import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { AgencyQuery } from '../common/agency.query.js';
import { uuidParam } from '../common/uuid-param.pipe.js';
import { CreateUnitDto, UpdateUnitDto } from './dto/unit.dto.js';
import { UnitsService } from './units.service.js';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Allow('read')
  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: AgencyQuery) {
    return this.units.list(actor, query.agencyId);
  }

  @Allow('read')
  @Get(':id')
  get(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.units.get(actor, id);
  }

  @Allow('plan.manage')
  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateUnitDto) {
    return this.units.create(actor, body);
  }

  @Allow('plan.manage')
  @Patch(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @Body() body: UpdateUnitDto) {
    return this.units.update(actor, id, body);
  }

  @Allow('plan.manage')
  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<void> {
    await this.units.remove(actor, id);
  }
}
