import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { HistoryController } from './history.controller.js';

@Module({ imports: [PlansModule, TasksModule], controllers: [HistoryController] })
export class HistoryModule {}
