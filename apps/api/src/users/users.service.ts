import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UserView } from '@khung/contracts';
import { Unit, User } from '@khung/data';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AgenciesService } from '../agencies/agencies.service.js';
import { hashPassword } from '../auth/auth.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { assertAgency, forbidden } from '../auth/forbidden.js';
import { notFound } from '../common/not-found.js';
import { fieldError } from '../common/validation.js';
import { SessionUsers } from '../auth/session-users.service.js';
import { diff, recordAudit } from '../history/audit.js';
import type { CreateUserDto, UpdateMeDto, UpdateUserDto } from './dto/user.dto.js';

const USER = { vi: 'người dùng', en: 'user' };
const AUDITED: (keyof UserView)[] = ['fullName', 'email', 'role', 'units', 'isActive', 'emailNotifications'];

/** People of an agency, managed by its coordinators (and administrators). */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agencies: AgenciesService,
    private readonly sessions: SessionUsers,
  ) {}

  async list(actor: AuthUser, agencyId?: string): Promise<UserView[]> {
    const agency = await this.agencies.resolve(actor, agencyId);
    const users = await this.db.getRepository(User).find({ where: { agencyId: agency.id }, relations: { units: true }, order: { username: 'ASC' } });
    return users.map(toUserView);
  }

  async get(actor: AuthUser, id: string): Promise<UserView> {
    return toUserView(await this.load(this.db.manager, actor, id));
  }

  async create(actor: AuthUser, dto: CreateUserDto): Promise<UserView> {
    this.assertMayGrant(actor, dto.role);
    const agency = await this.agencies.resolve(actor, dto.agencyId);
    return this.db.transaction(async (em) => {
      const units = await this.units(em, agency.id, dto.role, dto.unitIds ?? []);
      const user = await em.save(
        em.create(User, {
          agencyId: agency.id,
          username: dto.username,
          passwordHash: await hashPassword(dto.password),
          fullName: dto.fullName,
          email: dto.email ?? null,
          role: dto.role,
          units,
        }),
      );
      const view = toUserView(user);
      await recordAudit(em, actor, { entityType: 'user', entityId: user.id, action: 'create', agencyId: agency.id, changes: diff({} as UserView, view, AUDITED) });
      return view;
    });
  }

  async update(actor: AuthUser, id: string, dto: UpdateUserDto): Promise<UserView> {
    if (dto.role) this.assertMayGrant(actor, dto.role);
    const updated = await this.db.transaction(async (em) => {
      const user = await this.load(em, actor, id);
      this.assertMayGrant(actor, user.role);
      const before = toUserView(user);
      if (dto.fullName !== undefined) user.fullName = dto.fullName;
      if (dto.email !== undefined) user.email = dto.email;
      if (dto.role !== undefined) user.role = dto.role;
      if (dto.isActive !== undefined) user.isActive = dto.isActive;
      if (dto.unitIds !== undefined || dto.role !== undefined) {
        user.units = await this.units(em, user.agencyId!, user.role, dto.unitIds ?? user.units.map((u) => u.id));
      }
      // A new password or a deactivation ends the person's sessions.
      if (dto.password !== undefined) user.passwordHash = await hashPassword(dto.password);
      if (dto.password !== undefined || dto.isActive === false) user.tokenVersion += 1;
      const after = toUserView(await em.save(user));
      const changes = diff(before, after, AUDITED);
      if (dto.password !== undefined) changes.password = ['(ẩn / hidden)', '(đã đổi / changed)'];
      await recordAudit(em, actor, { entityType: 'user', entityId: id, action: 'update', agencyId: user.agencyId, changes });
      return after;
    });
    await this.sessions.forget(id); // role, units, name or access may have changed
    return updated;
  }

  /** People are deactivated, never deleted: their history keeps their name. */
  async deactivate(actor: AuthUser, id: string): Promise<UserView> {
    if (id === actor.id) throw fieldError('id', 'notSelf', 'Không thể tự khóa tài khoản của mình', 'You cannot deactivate yourself');
    return this.update(actor, id, { isActive: false });
  }

  async me(actor: AuthUser): Promise<UserView> {
    return toUserView(await this.db.getRepository(User).findOneOrFail({ where: { id: actor.id }, relations: { units: true } }));
  }

  async updateMe(actor: AuthUser, dto: UpdateMeDto): Promise<UserView> {
    const updated = await this.db.transaction(async (em) => {
      const user = await em.findOneOrFail(User, { where: { id: actor.id }, relations: { units: true } });
      const before = toUserView(user);
      Object.assign(user, dto);
      const after = toUserView(await em.save(user));
      await recordAudit(em, actor, { entityType: 'user', entityId: user.id, action: 'update', agencyId: user.agencyId, changes: diff(before, after, AUDITED) });
      return after;
    });
    await this.sessions.forget(actor.id);
    return updated;
  }

  /** Only an administrator makes or edits administrators. */
  private assertMayGrant(actor: AuthUser, role: UserView['role']): void {
    if (role === 'admin' && actor.role !== 'admin') throw forbidden('Chỉ quản trị hệ thống mới quản lý được tài khoản quản trị', 'Only an administrator manages administrators');
  }

  private async load(em: EntityManager, actor: AuthUser, id: string): Promise<User> {
    const user = await em.findOne(User, { where: { id }, relations: { units: true } });
    if (!user) throw notFound(USER, id);
    if (user.agencyId) assertAgency(actor, user.agencyId);
    else if (actor.role !== 'admin') throw forbidden();
    return user;
  }

  /** The person's units, all of the agency; a unit member must belong to at least one unit. */
  private async units(em: EntityManager, agencyId: string, role: UserView['role'], ids: string[]): Promise<Unit[]> {
    const units = ids.length ? await em.findBy(Unit, { id: In(ids), agencyId }) : [];
    if (units.length !== new Set(ids).size) {
      throw fieldError('unitIds', 'exists', 'Có đơn vị không tồn tại trong cơ quan này', 'Some units do not exist in this agency');
    }
    if (role === 'member' && !units.length) {
      throw fieldError('unitIds', 'arrayMinSize', 'Cán bộ đơn vị phải thuộc ít nhất một đơn vị', 'A unit member must belong to at least one unit');
    }
    return units;
  }
}

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    email: user.email,
    role: user.role,
    agencyId: user.agencyId,
    units: (user.units ?? []).map((u) => ({ id: u.id, name: u.name })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    isActive: user.isActive,
    emailNotifications: user.emailNotifications,
  };
}
