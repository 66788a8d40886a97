import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Objective, Plan, Section, Task } from '@khung/data';
import { TasksModule } from '../tasks/tasks.module.js';
import { AppendixController } from './appendix.controller.js';
import { AppendixService } from './appendix.service.js';
import { PlanImportService } from './plan-import.service.js';
import { PlansController } from './plans.controller.js';
import { PlansService } from './plans.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Plan, Section, Objective, Task]), TasksModule],
  controllers: [PlansController, AppendixController],
  providers: [PlansService, AppendixService, PlanImportService],
  exports: [PlansService, PlanImportService],
})
export class PlansModule {}
