import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { Allow } from './allow.decorator.js';
import { AuthService } from './auth.service.js';
import { CurrentUser, type AuthUser } from './current-user.js';
import { ChangePasswordDto, LoginDto } from './dto/login.dto.js';
import { LoginThrottlerGuard } from './login-throttler.guard.js';
import { Public } from './public.decorator.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** 10 attempts a minute per address and username; the 11th gets 429. */
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto) {
    return this.auth.login(body.username, body.password);
  }

  @Allow('read')
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentUser() actor: AuthUser): Promise<void> {
    await this.auth.logout(actor);
  }

  @Allow('read')
  @Post('password')
  @HttpCode(200)
  changePassword(@CurrentUser() actor: AuthUser, @Body() body: ChangePasswordDto) {
    return this.auth.changePassword(actor, body.currentPassword, body.newPassword);
  }
}
