import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module.js';
import { EventsController } from './events.controller.js';
import { PlanEventsService } from './plan-events.service.js';

/** Live events for open boards (server-sent events). */
@Module({
  imports: [PlansModule],
  controllers: [EventsController],
  providers: [PlanEventsService],
})
export class EventsModule {}
