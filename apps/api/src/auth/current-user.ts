import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { UserRole } from '@khung/data';

/** What a verified access token says about the caller. */
export interface AuthUser {
  id: string;
  username: string;
  role: UserRole;
  agencyId: string | null;
}

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest().user,
);
