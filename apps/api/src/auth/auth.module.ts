import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@khung/config';
import { User } from '@khung/data';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { LoginLimiter } from './login-limiter.js';
import { SessionUsers } from './session-users.service.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // A key object, made once: given the secret as a string, jsonwebtoken first tries to
        // read it as a public key on every verify, which cost more than the rest of the check.
        secret: createSecretKey(Buffer.from(config.KHUNG_JWT_SECRET)),
        signOptions: { expiresIn: config.KHUNG_TOKEN_TTL as `${number}h`, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, SessionUsers, LoginLimiter, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, SessionUsers],
})
export class AuthModule {}
