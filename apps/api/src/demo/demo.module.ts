import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module.js';
import { DemoSeeder } from './demo-seeder.service.js';

@Module({ imports: [PlansModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
