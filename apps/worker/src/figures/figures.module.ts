import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@khung/jobs';
import { FiguresEvents } from './figures-events.service.js';
import { FiguresProcessor } from './figures.processor.js';
import { FiguresService } from './figures.service.js';

/** Stored report figures: recomputed on every change to a plan, and every night. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Figures })],
  providers: [FiguresService, FiguresEvents, FiguresProcessor],
})
export class FiguresModule {}
