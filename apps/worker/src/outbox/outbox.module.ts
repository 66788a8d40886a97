import { Module } from '@nestjs/common';
import { OutboxRelay } from './outbox-relay.service.js';

/** Takes the outbox rows the API wrote with its changes to the queues. */
@Module({ providers: [OutboxRelay] })
export class OutboxModule {}
