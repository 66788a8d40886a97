import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Allow } from './allow.decorator.js';
import { AuthService } from './auth.service.js';
import { CurrentUser, type AuthUser } from './current-user.js';
import { ChangePasswordDto, LoginDto } from './dto/login.dto.js';
import { Public } from './public.decorator.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** After 10 failed attempts a minute for one address and username, the next get 429. */
  @Public()
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto, @Ip() ip: string) {
    return this.auth.login(body.username, body.password, ip);
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
