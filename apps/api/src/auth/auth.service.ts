import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { AppConfig } from '@khung/config';
import { User } from '@khung/data';
import type { Repository } from 'typeorm';
import { unauthorized } from './auth.guard.js';

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  /** Creates the first administrator from the configuration when no user has that name yet. */
  async onApplicationBootstrap(): Promise<void> {
    const { username, password } = this.config.admin;
    if (await this.users.existsBy({ username })) return;
    await this.users.insert({ username, passwordHash: await hash(password), fullName: 'Quản trị hệ thống', role: 'admin', agencyId: null });
    this.logger.log(`Created administrator "${username}"`);
  }

  async login(username: string, password: string): Promise<{ accessToken: string; tokenType: 'Bearer'; expiresIn: string }> {
    const user = await this.users.findOne({ where: { username }, select: { id: true, username: true, role: true, agencyId: true, passwordHash: true } });
    if (!user || !(await verify(user.passwordHash, password))) {
      throw unauthorized('Sai tên đăng nhập hoặc mật khẩu', 'Wrong username or password');
    }
    const accessToken = await this.jwt.signAsync({ sub: user.id, username: user.username, role: user.role, agencyId: user.agencyId });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.config.KHUNG_TOKEN_TTL };
  }
}
