import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { UnitView } from '@khung/contracts';
import { Unit } from '@khung/data';
import { In, type Repository } from 'typeorm';
import { AgenciesService } from '../agencies/agencies.service.js';
import { notFound } from '../common/not-found.js';
import { fieldError } from '../common/validation.js';
import type { CreateUnitDto, UpdateUnitDto } from './dto/unit.dto.js';

const UNIT = { vi: 'đơn vị', en: 'unit' };

@Injectable()
export class UnitsService {
  constructor(
    @InjectRepository(Unit) private readonly units: Repository<Unit>,
    private readonly agencies: AgenciesService,
  ) {}

  async list(agencyId?: string): Promise<UnitView[]> {
    const agency = await this.agencies.resolve(agencyId);
    const units = await this.units.find({ where: { agencyId: agency.id }, relations: { members: true }, order: { position: 'ASC', name: 'ASC' } });
    return units.map(toView);
  }

  async get(id: string): Promise<UnitView> {
    return toView(await this.load(id));
  }

  async create(dto: CreateUnitDto): Promise<UnitView> {
    const agency = await this.agencies.resolve(dto.agencyId);
    const unit = this.units.create({
      agencyId: agency.id,
      name: dto.name,
      kind: dto.kind ?? 'unit',
      aliases: dto.aliases ?? [],
      position: dto.position ?? 0,
      members: await this.members(agency.id, dto.memberIds),
    });
    const saved = await this.units.save(unit);
    return this.get(saved.id);
  }

  async update(id: string, dto: UpdateUnitDto): Promise<UnitView> {
    const unit = await this.load(id);
    Object.assign(unit, {
      ...(dto.name !== undefined && { name: dto.name }),
      ...(dto.kind !== undefined && { kind: dto.kind }),
      ...(dto.aliases !== undefined && { aliases: dto.aliases }),
      ...(dto.position !== undefined && { position: dto.position }),
    });
    if (dto.memberIds !== undefined) unit.members = await this.members(unit.agencyId, dto.memberIds);
    await this.units.save(unit);
    return this.get(id);
  }

  /** A unit still named on a task cannot be deleted (409); group memberships go with it. */
  async remove(id: string): Promise<void> {
    await this.load(id);
    await this.units.delete({ id });
  }

  private async load(id: string): Promise<Unit> {
    const unit = await this.units.findOne({ where: { id }, relations: { members: true } });
    if (!unit) throw notFound(UNIT, id);
    return unit;
  }

  /** The member units of a group, all of the same agency. */
  private async members(agencyId: string, ids: string[] = []): Promise<Unit[]> {
    if (!ids.length) return [];
    const found = await this.units.findBy({ id: In(ids), agencyId });
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
    memberIds: (unit.members ?? []).map((m) => m.id),
  };
}
