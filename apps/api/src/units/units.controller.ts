import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../common/uuid-param.pipe.js';
import { AgencyQuery } from '../common/agency.query.js';
import { CreateUnitDto, UpdateUnitDto } from './dto/unit.dto.js';
import { UnitsService } from './units.service.js';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  list(@Query() query: AgencyQuery) {
    return this.units.list(query.agencyId);
  }

  @Get(':id')
  get(@Param('id', uuidParam()) id: string) {
    return this.units.get(id);
  }

  @Post()
  create(@Body() body: CreateUnitDto) {
    return this.units.create(body);
  }

  @Patch(':id')
  update(@Param('id', uuidParam()) id: string, @Body() body: UpdateUnitDto) {
    return this.units.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.units.remove(id);
  }
}
