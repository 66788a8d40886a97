import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator.js';
import { AdminService } from './admin.service.js';
import { SweepDto } from './dto/sweep.dto.js';

/** Operations for administrators: queues, reminder sweeps and figures recomputes. */
@ApiTags('admin')
@ApiBearerAuth()
@Allow('admin.operate')
@Controller('admin')
export class AdminController {
  constructor(private readonly admin: AdminService) {}

  /** Jobs per queue and state (waiting, active, delayed, failed, completed), and whether it is paused. */
  @Get('queues')
  queues() {
    return this.admin.queueCounts();
  }

  /** Runs the reminder sweep for a day and answers the reminders it created. */
  @Post('reminders/sweep')
  @HttpCode(200)
  sweep(@Body() body: SweepDto) {
    return this.admin.sweep(body);
  }

  /** Recomputes the stored figures of every plan (as the nightly job does) and answers how many plans were queued. */
  @Post('figures/recompute')
  @HttpCode(200)
  recomputeFigures() {
    return this.admin.recomputeFigures();
  }
}
