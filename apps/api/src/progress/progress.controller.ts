import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, StreamableFile, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { uuidParam } from '../common/uuid-param.pipe.js';
import { ActivityTickDto, CreateProgressDto, UploadEvidenceDto } from './dto/progress.dto.js';
import { ProgressService, type UploadedFile as Upload } from './progress.service.js';
import { UploadLimitFilter } from './upload-limit.filter.js';

@ApiTags('progress')
@ApiBearerAuth()
@Controller()
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Allow('read')
  @Get('tasks/:id/progress')
  list(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.progress.list(actor, id);
  }

  @Allow('task.progress')
  @Post('tasks/:id/progress')
  record(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @Body() body: CreateProgressDto) {
    return this.progress.record(actor, id, body);
  }

  @Allow('task.progress')
  @Patch('tasks/:id/activities/:index')
  tick(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @Param('index', ParseIntPipe) index: number, @Body() body: ActivityTickDto) {
    return this.progress.tick(actor, id, index, body.done);
  }

  @Allow('task.progress')
  @Post('tasks/:id/evidence')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, progressEntryId: { type: 'string' } } } })
  @UseInterceptors(FileInterceptor('file'))
  @UseFilters(UploadLimitFilter)
  async upload(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @UploadedFile() file: Upload | undefined, @Body() body: UploadEvidenceDto) {
    const saved = await this.progress.upload(actor, id, file, body.progressEntryId);
    return { id: saved.id, fileName: saved.fileName, contentType: saved.contentType, size: saved.size, uploadedAt: saved.createdAt.toISOString() };
  }

  @Allow('read')
  @Get('evidence/:id')
  async download(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<StreamableFile> {
    const { file, stream } = await this.progress.download(actor, id);
    return new StreamableFile(stream as never, {
      type: file.contentType,
      length: file.size,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
  }
}
