import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/** Limits login attempts per address and username, so guessing one password is slow. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: { ip?: string; body?: { username?: unknown } }): Promise<string> {
    return `${request.ip ?? ''}:${String(request.body?.username ?? '').toLowerCase()}`;
  }
}
