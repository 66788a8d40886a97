import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { HealthRedis } from './redis.provider.js';

@Module({ controllers: [HealthController], providers: [HealthRedis] })
export class HealthModule {}
