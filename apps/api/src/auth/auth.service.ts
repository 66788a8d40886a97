import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { AppConfig } from '@khung/config';
import { User } from '@khung/data';
import type { Repository } from 'typeorm';
import { fieldError } from '../common/validation.js';
import { unauthorized } from './auth.guard.js';
import { LoginLimiter } from './login-limiter.js';
import { SessionUsers } from './session-users.service.js';
import type { AuthUser } from './current-user.js';

export interface AccessToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: string;
}

export const hashPassword = (password: string) => hash(password);

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly limiter: LoginLimiter,
    private readonly sessions: SessionUsers,
  ) {}

  /** Creates the first administrator from the configuration when no user has that name yet. */
  async onApplicationBootstrap(): Promise<void> {
    const { username, password } = this.config.admin;
    if (await this.users.existsBy({ username })) return;
    await this.users.insert({ username, passwordHash: await hashPassword(password), fullName: 'Quản trị hệ thống', role: 'admin', agencyId: null });
    this.logger.log(`Created administrator "${username}"`);
  }

  async login(username: string, password: string, ip: string): Promise<AccessToken> {
    const key = `${ip}:${username.toLowerCase()}`;
    await this.limiter.assertAllowed(key);
    const user = await this.users.findOne({ where: { username }, select: { id: true, isActive: true, tokenVersion: true, passwordHash: true } });
    if (!user || !user.isActive || !(await verify(user.passwordHash, password))) {
      await this.limiter.recordFailure(key);
      throw unauthorized('Sai tên đăng nhập hoặc mật khẩu', 'Wrong username or password');
    }
    await this.limiter.reset(key);
    return this.issue(user);
  }

  /** Ends every session of the person: tokens issued before stop working. */
  async logout(actor: AuthUser): Promise<void> {
    await this.users.increment({ id: actor.id }, 'tokenVersion', 1);
    await this.sessions.forget(actor.id);
  }

  /** Changes the password, ends the other sessions and returns a fresh token. */
  async changePassword(actor: AuthUser, currentPassword: string, newPassword: string): Promise<AccessToken> {
    const user = await this.users.findOneOrFail({ where: { id: actor.id }, select: { id: true, tokenVersion: true, passwordHash: true } });
    if (!(await verify(user.passwordHash, currentPassword))) {
      throw fieldError('currentPassword', 'matches', 'Mật khẩu hiện tại không đúng', 'The current password is wrong');
    }
    user.tokenVersion += 1;
    await this.users.update({ id: user.id }, { passwordHash: await hashPassword(newPassword), tokenVersion: user.tokenVersion });
    await this.sessions.forget(user.id);
    return this.issue(user);
  }

  private async issue(user: Pick<User, 'id' | 'tokenVersion'>): Promise<AccessToken> {
    const accessToken = await this.jwt.signAsync({ sub: user.id, tv: user.tokenVersion });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.config.KHUNG_TOKEN_TTL };
  }
}
