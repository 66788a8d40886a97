import { Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { AuthUser } from './current-user.js';
import { IS_PUBLIC } from './public.decorator.js';

/** Global guard: every route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) {
      return true;
    }
    const request = context.switchToHttp().getRequest();
    const [scheme, token] = String(request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw unauthorized('Thiếu mã truy cập', 'Missing bearer token');
    try {
      const claims = await this.jwt.verifyAsync<{ sub: string; username: string; role: AuthUser['role']; agencyId: string | null }>(token);
      request.user = { id: claims.sub, username: claims.username, role: claims.role, agencyId: claims.agencyId } satisfies AuthUser;
      return true;
    } catch {
      throw unauthorized('Mã truy cập không hợp lệ hoặc đã hết hạn', 'Invalid or expired token');
    }
  }
}

export function unauthorized(vi: string, en: string): UnauthorizedException {
  return new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: `${vi} / ${en}` });
}
