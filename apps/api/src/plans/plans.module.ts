import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Objective, Plan, Section, Task } from '@khung/data';
import { TasksModule } from '../tasks/tasks.module.js';
import { AppendixController } from './appendix.controller.js';
import { AppendixService } from './appendix.service.js';
import { PlanCopyController } from './plan-copy.controller.js';
import { PlanCopyService } from './plan-copy.service.js';
import { PlanImportService } from './plan-import.service.js';
import { PlansController } from './plans.controller.js';
import { PlansService } from './plans.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Plan, Section, Objective, Task]), TasksModule],
  controllers: [PlansController, AppendixController, PlanCopyController],
  providers: [PlansService, AppendixService, PlanImportService, PlanCopyService],
  exports: [PlansService, PlanImportService],
})
export class PlansModule {}
