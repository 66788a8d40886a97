import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@khung/config';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import type { AuthUser } from './current-user.js';

/** Sessions kept at most, one per person: an agency's staff many times over. */
const MAX_CACHED = 20_000;
/** What `forget()` sends for "everyone" (a change to a group's members). */
const EVERYONE = '*';

interface CachedSession {
  tokenVersion: number;
  user: AuthUser;
}

/**
 * Loads the person behind a token, with their units and the groups those units belong to, and
 * keeps them for KHUNG_SESSION_CACHE_MS so that a read does not cost a query for who is asking.
 * A change that ends or narrows a session calls `forget()` after its commit: the entry is dropped
 * here and, over Redis, in every other API process.
 */
@Injectable()
export class SessionUsers implements OnApplicationShutdown {
  private readonly cache: LRUCache<string, CachedSession> | null;
  /** Raised by every forget: a lookup that began before it does not store what it read. */
  private generation = 0;
  private readonly channel: string;
  private readonly publisher: Redis | null;
  private readonly subscriber: Redis | null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AppConfig) config: AppConfig,
  ) {
    this.channel = `${config.KHUNG_QUEUE_PREFIX}:events:sessions`;
    const ttl = config.KHUNG_SESSION_CACHE_MS;
    this.cache = ttl > 0 ? new LRUCache({ max: MAX_CACHED, ttl }) : null;
    if (!this.cache) {
      this.publisher = this.subscriber = null;
      return;
    }
    // While Redis is away, other processes keep a dropped entry until it expires (at most the TTL).
    this.publisher = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
    this.subscriber = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
    for (const connection of [this.publisher, this.subscriber]) connection.on('error', () => undefined);
    this.publisher.connect().catch(() => undefined);
    this.subscriber.on('message', (_channel: string, userId: string) => this.drop(userId));
    this.subscriber.subscribe(this.channel).catch(() => undefined);
  }

  /** The active person with this id whose tokens are at this version, or null. */
  async find(id: string, tokenVersion: number): Promise<AuthUser | null> {
    const cached = this.cache?.get(id);
    if (cached?.tokenVersion === tokenVersion) return cached.user;
    const generation = this.generation;
    const user = await this.load(id, tokenVersion);
    if (user && generation === this.generation) this.cache?.set(id, { tokenVersion, user });
    return user;
  }

  /** Drops a person's session (or everyone's) in every API process; call after the change commits. */
  async forget(userId: string = EVERYONE): Promise<void> {
    this.drop(userId);
    await this.publisher?.publish(this.channel, userId).catch(() => undefined);
  }

  onApplicationShutdown(): void {
    this.publisher?.disconnect();
    this.subscriber?.disconnect();
  }

  private drop(userId: string): void {
    this.generation += 1;
    if (userId === EVERYONE) this.cache?.clear();
    else this.cache?.delete(userId);
  }

  private async load(id: string, tokenVersion: number): Promise<AuthUser | null> {
    const rows: { id: string; username: string; full_name: string; role: AuthUser['role']; agency_id: string | null; unit_ids: string[] }[] =
      await this.db.query(
        `SELECT u.id, u.username, u.full_name, u.role, u.agency_id,
           ARRAY(SELECT uu.unit_id FROM user_unit uu WHERE uu.user_id = u.id
                 UNION SELECT m.group_id FROM unit_group_member m JOIN user_unit uu ON uu.unit_id = m.member_id WHERE uu.user_id = u.id) AS unit_ids
         FROM app_user u WHERE u.id = $1 AND u.is_active AND u.token_version = $2`,
        [id, tokenVersion],
      );
    const [row] = rows;
    return row ? { id: row.id, username: row.username, fullName: row.full_name, role: row.role, agencyId: row.agency_id, unitIds: row.unit_ids } : null;
  }
}
