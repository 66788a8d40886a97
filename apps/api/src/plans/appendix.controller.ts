import { Body, Controller, Delete, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../common/uuid-param.pipe.js';
import { AppendixService } from './appendix.service.js';
import { CreateObjectiveDto, UpdateObjectiveDto, UpdateSectionDto } from './dto/plan.dto.js';

@ApiTags('plans')
@ApiBearerAuth()
@Controller()
export class AppendixController {
  constructor(private readonly appendix: AppendixService) {}

  @Patch('sections/:id')
  updateSection(@Param('id', uuidParam()) id: string, @Body() body: UpdateSectionDto) {
    return this.appendix.updateSection(id, body);
  }

  @Delete('sections/:id')
  @HttpCode(204)
  async removeSection(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.appendix.removeSection(id);
  }

  @Post('sections/:id/objectives')
  createObjective(@Param('id', uuidParam()) id: string, @Body() body: CreateObjectiveDto) {
    return this.appendix.createObjective(id, body);
  }

  @Patch('objectives/:id')
  updateObjective(@Param('id', uuidParam()) id: string, @Body() body: UpdateObjectiveDto) {
    return this.appendix.updateObjective(id, body);
  }

  @Delete('objectives/:id')
  @HttpCode(204)
  async removeObjective(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.appendix.removeObjective(id);
  }
}
