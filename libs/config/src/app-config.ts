import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/** Demo administrator used in development when KHUNG_ADMIN_* are not set (documented in the README). */
export const DEMO_ADMIN = { username: 'admin', password: 'khung-demo-2026' } as const;

/**
 * Every setting of the api and the worker, read from the environment once at start and
 * validated; code receives this object and never reads process.env itself.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/khung';

  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Key prefix of every BullMQ queue, so that two instances can share one Redis. */
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'KHUNG_QUEUE_PREFIX may hold letters, digits, - and _ only' })
  KHUNG_QUEUE_PREFIX = 'khung';

  /** Secret that signs access tokens. */
  @IsString()
  @MinLength(16)
  KHUNG_JWT_SECRET = 'khung-development-secret-change-me';

  @IsString()
  @Matches(/^\d+[smhd]$/, { message: 'KHUNG_TOKEN_TTL is a duration such as 8h or 30m' })
  KHUNG_TOKEN_TTL = '8h';

  /**
   * How long the API keeps who a token belongs to before asking the database again, in ms (0: always ask).
   * Logout, a password change, deactivation and a change of role or units take effect at once anyway:
   * every API process drops the person's entry when told over Redis.
   */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(0)
  @Max(60_000)
  KHUNG_SESSION_CACHE_MS = 10_000;

  /** HTTP server processes the API runs (Node's cluster): one per core the API may use. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(64)
  KHUNG_API_PROCESSES = 1;

  /** Where uploaded evidence files are kept (outside the database). */
  @IsString()
  @IsNotEmpty()
  KHUNG_UPLOAD_DIR = 'uploads';

  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1024)
  KHUNG_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

  /** SMTP server for reminder e-mails (smtps:// for TLS; user and password in the URL if needed). */
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  /** Sender of reminder e-mails. */
  @IsString()
  @IsNotEmpty()
  KHUNG_MAIL_FROM = 'Khung <khung@localhost>';

  /** Address of the board as people open it; links in e-mails point there. */
  @Matches(/^https?:\/\/[^/]+(\/.*)?$/, { message: 'KHUNG_PUBLIC_URL must be an http:// or https:// URL' })
  KHUNG_PUBLIC_URL = 'http://localhost:3000';

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  KHUNG_ADMIN_USERNAME?: string;

  @IsOptional()
  @IsString()
  @MinLength(8)
  KHUNG_ADMIN_PASSWORD?: string;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** The first administrator: from the environment, or the demo account outside production. */
  get admin(): { username: string; password: string } {
    return {
      username: this.KHUNG_ADMIN_USERNAME ?? DEMO_ADMIN.username,
      password: this.KHUNG_ADMIN_PASSWORD ?? DEMO_ADMIN.password,
    };
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const SECRETS = new Set(['KHUNG_JWT_SECRET', 'KHUNG_ADMIN_PASSWORD', 'DATABASE_URL', 'SMTP_URL']);

/** Reads and validates the configuration; throws ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const plain = Object.fromEntries(
    [...known, 'KHUNG_ADMIN_USERNAME', 'KHUNG_ADMIN_PASSWORD']
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const config = plainToInstance(AppConfig, plain);
  const problems = validateSync(config).map((e) => {
    const shown = SECRETS.has(e.property) ? '(hidden)' : JSON.stringify(plain[e.property]);
    return `  ${e.property}=${shown}: ${Object.values(e.constraints ?? {}).join('; ')}`;
  });
  if (config.isProduction) {
    for (const key of ['KHUNG_ADMIN_USERNAME', 'KHUNG_ADMIN_PASSWORD', 'KHUNG_JWT_SECRET'] as const) {
      if (!plain[key]) problems.push(`  ${key} must be set in production`);
    }
  }
  if (problems.length) {
    throw new ConfigError(`Invalid configuration (cấu hình không hợp lệ):\n${problems.join('\n')}`);
  }
  return config;
}
