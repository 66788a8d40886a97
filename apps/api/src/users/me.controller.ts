import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { UpdateMeDto } from './dto/user.dto.js';
import { UsersService } from './users.service.js';

/** The signed-in person: their profile, units and settings. */
@ApiTags('me')
@ApiBearerAuth()
@Allow('read')
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  me(@CurrentUser() actor: AuthUser) {
    return this.users.me(actor);
  }

  @Patch()
  update(@CurrentUser() actor: AuthUser, @Body() body: UpdateMeDto) {
    return this.users.updateMe(actor, body);
  }
}
