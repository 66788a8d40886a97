import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@khung/config';
import { figuresChannel, type FiguresEvent } from '@khung/jobs';
import { Redis } from 'ioredis';
import { filter, interval, map, merge, Observable, of, Subject } from 'rxjs';
import type { AuthUser } from '../auth/current-user.js';
import { PlansService } from '../plans/plans.service.js';

/** Keeps idle connections (and the proxies on the way) open. */
const KEEPALIVE_MS = 25_000;

export interface BoardEvent {
  type: 'ready' | 'figures' | 'ping';
  data: FiguresEvent | Record<string, never>;
}

/**
 * Hears the worker announce recomputed figures (Redis pub/sub, one subscription per API process)
 * and hands them to the open event streams of the plan concerned.
 */
@Injectable()
export class PlanEventsService implements OnApplicationShutdown {
  private readonly logger = new Logger(PlanEventsService.name);
  private readonly redis: Redis;
  private readonly events = new Subject<FiguresEvent>();

  constructor(
    @Inject(AppConfig) config: AppConfig,
    private readonly plans: PlansService,
  ) {
    const channel = figuresChannel(config.KHUNG_QUEUE_PREFIX);
    this.redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
    this.redis.on('error', () => undefined); // reconnects and resubscribes by itself
    this.redis.on('message', (_channel: string, message: string) => this.events.next(JSON.parse(message) as FiguresEvent));
    this.redis.subscribe(channel).catch((error: Error) => this.logger.warn(`No live figures until Redis answers: ${error.message}`));
  }

  /** `ready` at once, then `figures` whenever the plan's figures were recomputed, and keep-alive pings. */
  async planEvents(actor: AuthUser, planId: string): Promise<Observable<BoardEvent>> {
    await this.plans.load(actor, planId);
    return merge(
      of<BoardEvent>({ type: 'ready', data: {} }),
      this.events.pipe(
        filter((event) => event.planId === planId),
        map((event): BoardEvent => ({ type: 'figures', data: event })),
      ),
      interval(KEEPALIVE_MS).pipe(map((): BoardEvent => ({ type: 'ping', data: {} }))),
    );
  }

  onApplicationShutdown(): void {
    this.events.complete();
    this.redis.disconnect();
  }
}
