import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@khung/domain';

/** The person behind a request, as the access rules see them. */
export interface AuthUser extends Actor {
  id: string;
  username: string;
  fullName: string;
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest().user);
