import { Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { roleAllows, type Action } from '@khung/domain';
import { REQUIRED_ACTION } from './allow.decorator.js';
import { forbidden } from './forbidden.js';
import { IS_PUBLIC } from './public.decorator.js';
import { QUERY_TOKEN } from './query-token.decorator.js';
import { SessionUsers } from './session-users.service.js';

/**
 * Global guard: every route needs a valid bearer token of an active person unless @Public(),
 * and the person's role must allow the route's declared action (@Allow). What a person may do
 * on a given record (agency, unit) is checked by the services.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
    private readonly sessions: SessionUsers,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest();
    const [scheme, bearer] = String(request.headers.authorization ?? '').split(' ');
    const token = scheme === 'Bearer' && bearer ? bearer : this.reflector.getAllAndOverride<boolean>(QUERY_TOKEN, targets) ? request.query?.access_token : undefined;
    if (typeof token !== 'string' || !token) throw unauthorized('Thiếu mã truy cập', 'Missing bearer token');
    let claims: { sub: string; tv: number };
    try {
      claims = await this.jwt.verifyAsync(token);
    } catch {
      throw unauthorized('Mã truy cập không hợp lệ hoặc đã hết hạn', 'Invalid or expired token');
    }
    const user = await this.sessions.find(claims.sub, claims.tv);
    if (!user) throw unauthorized('Phiên đăng nhập đã kết thúc', 'The session has ended');
    request.user = user;
    const action = this.reflector.getAllAndOverride<Action | undefined>(REQUIRED_ACTION, targets);
    if (!action || !roleAllows(user.role, action)) throw forbidden();
    return true;
  }
}

export function unauthorized(vi: string, en: string): UnauthorizedException {
  return new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: `${vi} / ${en}` });
}
