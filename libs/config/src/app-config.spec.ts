import { describe, expect, it } from '@jest/globals';
import { ConfigError, DEMO_ADMIN, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('has working defaults for development, with the documented demo administrator', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/khung', REDIS_URL: 'redis://127.0.0.1:6379', KHUNG_QUEUE_PREFIX: 'khung' });
    expect(config.admin).toEqual(DEMO_ADMIN);
  });

  it('reads and converts the environment', () => {
    const config = loadConfig({ PORT: '8080', KHUNG_QUEUE_PREFIX: 'sct-2', KHUNG_ADMIN_USERNAME: 'vanphong', KHUNG_ADMIN_PASSWORD: 'mat-khau-dai' });
    expect(config.PORT).toBe(8080);
    expect(config.admin).toEqual({ username: 'vanphong', password: 'mat-khau-dai' });
  });

  it('reads the mail settings, hiding the SMTP password when the URL is bad', () => {
    expect(loadConfig({})).toMatchObject({ SMTP_URL: 'smtp://127.0.0.1:1025', KHUNG_PUBLIC_URL: 'http://localhost:3000' });
    const config = loadConfig({ SMTP_URL: 'smtps://khung:pw@mail.example.vn:465', KHUNG_MAIL_FROM: 'Khung <no-reply@sct.example.vn>', KHUNG_PUBLIC_URL: 'https://khung.example.vn' });
    expect(config).toMatchObject({ SMTP_URL: 'smtps://khung:pw@mail.example.vn:465', KHUNG_PUBLIC_URL: 'https://khung.example.vn' });
    expect(() => loadConfig({ SMTP_URL: 'http://user:secret@mail', KHUNG_PUBLIC_URL: 'localhost:3000' })).toThrow(/SMTP_URL=\(hidden\)[\s\S]*KHUNG_PUBLIC_URL="localhost:3000"/);
  });

  it('lists every bad variable at once, hiding secrets', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://secret@host/db', KHUNG_QUEUE_PREFIX: 'a b' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT="abc"/);
    expect(message).toMatch(/DATABASE_URL=\(hidden\): DATABASE_URL must be a postgres:\/\/ URL/);
    expect(message).toMatch(/KHUNG_QUEUE_PREFIX/);
    expect(message).not.toContain('secret');
  });

  it('refuses to start in production without an administrator and a signing secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/KHUNG_ADMIN_USERNAME must be set in production[\s\S]*KHUNG_ADMIN_PASSWORD[\s\S]*KHUNG_JWT_SECRET/);
    expect(
      loadConfig({ NODE_ENV: 'production', KHUNG_ADMIN_USERNAME: 'root', KHUNG_ADMIN_PASSWORD: 'a-long-password', KHUNG_JWT_SECRET: 'x'.repeat(32) }).isProduction,
    ).toBe(true);
  });
});
