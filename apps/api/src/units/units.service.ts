import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UnitView } from '@khung/contracts';
import { Unit } from '@khung/data';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AgenciesService } from '../agencies/agencies.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { assertAgency } from '../auth/forbidden.js';
import { SessionUsers } from '../auth/session-users.service.js';
import { notFound } from '../common/not-found.js';
import { fieldError } from '../common/validation.js';
import { diff, recordAudit } from '../history/audit.js';
import type { CreateUnitDto, UpdateUnitDto } from './dto/unit.dto.js';

const UNIT = { vi: 'đơn vị', en: 'unit' };
const AUDITED: (keyof UnitView)[] = ['name', 'kind', 'aliases', 'position', 'memberIds'];

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agencies: AgenciesService,
    private readonly sessions: SessionUsers,
  ) {}

  async list(actor: AuthUser, agencyId?: string): Promise<UnitView[]> {
    const agency = await this.agencies.resolve(actor, agencyId);
    const units = await this.db.getRepository(Unit).find({ where: { agencyId: agency.id }, relations: { members: true }, order: { position: 'ASC', name: 'ASC' } });
    return units.map(toView);
  }

  async get(actor: AuthUser, id: string): Promise<UnitView> {
    return toView(await this.load(this.db.manager, actor, id));
  }

  async create(actor: AuthUser, dto: CreateUnitDto): Promise<UnitView> {
    const agency = await this.agencies.resolve(actor, dto.agencyId);
    const created = await this.db.transaction(async (em) => {
      const unit = await em.save(
        em.create(Unit, {
          agencyId: agency.id,
          name: dto.name,
          kind: dto.kind ?? 'unit',
          aliases: dto.aliases ?? [],
          position: dto.position ?? 0,
          members: await this.members(em, agency.id, dto.memberIds),
        }),
      );
      const view = toView(unit);
      await recordAudit(em, actor, { entityType: 'unit', entityId: unit.id, action: 'create', agencyId: agency.id, changes: diff({} as UnitView, view, AUDITED) });
      return view;
    });
    if (created.memberIds.length) await this.sessions.forget(); // the members' people now belong to the group too
    return created;
  }

  async update(actor: AuthUser, id: string, dto: UpdateUnitDto): Promise<UnitView> {
    const updated = await this.db.transaction(async (em) => {
      const unit = await this.load(em, actor, id);
      const before = toView(unit);
      Object.assign(unit, {
        ...(dto.name !== undefined && { name: dto.name }),
        ...(dto.kind !== undefined && { kind: dto.kind }),
        ...(dto.aliases !== undefined && { aliases: dto.aliases }),
        ...(dto.position !== undefined && { position: dto.position }),
      });
      if (dto.memberIds !== undefined) unit.members = await this.members(em, unit.agencyId, dto.memberIds);
      const after = toView(await em.save(unit));
      await recordAudit(em, actor, { entityType: 'unit', entityId: id, action: 'update', agencyId: unit.agencyId, changes: diff(before, after, AUDITED) });
      return after;
    });
    if (dto.memberIds !== undefined) await this.sessions.forget(); // whose units include the group changed
    return updated;
  }

  /** A unit still named on a task cannot be deleted (409); group memberships go with it. */
  async remove(actor: AuthUser, id: string): Promise<void> {
    await this.db.transaction(async (em) => {
      const unit = await this.load(em, actor, id);
      await em.delete(Unit, { id });
      await recordAudit(em, actor, { entityType: 'unit', entityId: id, action: 'delete', agencyId: unit.agencyId, changes: { name: [unit.name, null] } });
    });
    await this.sessions.forget(); // its people and its groups' people lose it
  }

  private async load(em: EntityManager, actor: AuthUser, id: string): Promise<Unit> {
    const unit = await em.findOne(Unit, { where: { id }, relations: { members: true } });
    if (!unit) throw notFound(UNIT, id);
    assertAgency(actor, unit.agencyId);
    return unit;
  }

  /** The member units of a group, all of the same agency. */
  private async members(em: EntityManager, agencyId: string, ids: string[] = []): Promise<Unit[]> {
    if (!ids.length) return [];
    const found = await em.findBy(Unit, { id: In(ids), agencyId });
    if (found.length !== new Set(ids).size) {
      throw fieldError('memberIds', 'exists', 'Có đơn vị thành viên không tồn tại trong cơ quan này', 'Some member units do not exist in this agency');
    }
    return found;
  }
}

function toView(unit: Unit): UnitView {
  return {
    id: unit.id,
    agencyId: unit.agencyId,
    name: unit.name,
    kind: unit.kind,
    aliases: unit.aliases,
    position: unit.position,
    memberIds: (unit.members ?? []).map((m) => m.id).sort(),
  };
}
