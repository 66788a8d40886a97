import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { AgencyQuery } from '../common/agency.query.js';
import { uuidParam } from '../common/uuid-param.pipe.js';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@ApiBearerAuth()
@Allow('user.manage')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: AgencyQuery) {
    return this.users.list(actor, query.agencyId);
  }

  @Get(':id')
  get(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.users.get(actor, id);
  }

  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateUserDto) {
    return this.users.create(actor, body);
  }

  @Patch(':id')
  update(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @Body() body: UpdateUserDto) {
    return this.users.update(actor, id, body);
  }

  /** Deactivates the person (their history stays). */
  @Delete(':id')
  remove(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string) {
    return this.users.deactivate(actor, id);
  }
}
