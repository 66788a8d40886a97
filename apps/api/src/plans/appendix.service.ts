import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Objective, Section } from '@khung/data';
import { IsNull, type Repository } from 'typeorm';
import { notFound } from '../common/not-found.js';
import { fieldError } from '../common/validation.js';
import type { CreateObjectiveDto, CreateSectionDto, UpdateObjectiveDto, UpdateSectionDto } from './dto/plan.dto.js';
import { PlansService } from './plans.service.js';

const SECTION = { vi: 'mục', en: 'section' };
const OBJECTIVE = { vi: 'mục tiêu', en: 'objective' };

/** Sections (one level of sub-sections) and objectives of a plan's appendix. */
@Injectable()
export class AppendixService {
  constructor(
    @InjectRepository(Section) private readonly sections: Repository<Section>,
    @InjectRepository(Objective) private readonly objectives: Repository<Objective>,
    private readonly plans: PlansService,
  ) {}

  async createSection(planId: string, dto: CreateSectionDto): Promise<Section> {
    await this.plans.load(planId);
    if (dto.parentId) {
      const parent = await this.sections.findOneBy({ id: dto.parentId, planId });
      if (!parent) throw fieldError('parentId', 'exists', 'Mục cha không thuộc kế hoạch này', 'The parent section is not part of this plan');
      if (parent.parentId) throw fieldError('parentId', 'depth', 'Mục chỉ lồng một cấp', 'Sections nest one level only');
    }
    const position = dto.position ?? (await this.sections.countBy({ planId, parentId: dto.parentId ?? IsNull() }));
    return this.sections.save(this.sections.create({ planId, parentId: dto.parentId ?? null, code: dto.code, title: dto.title, position }));
  }

  async updateSection(id: string, dto: UpdateSectionDto): Promise<Section> {
    const section = await this.section(id);
    Object.assign(section, dto);
    return this.sections.save(section);
  }

  /** Removes the section with its sub-sections, objectives and tasks. */
  async removeSection(id: string): Promise<void> {
    await this.section(id);
    await this.sections.delete({ id });
  }

  async createObjective(sectionId: string, dto: CreateObjectiveDto): Promise<Objective> {
    const section = await this.section(sectionId);
    const count = await this.objectives.countBy({ sectionId });
    return this.objectives.save(
      this.objectives.create({ planId: section.planId, sectionId, number: dto.number ?? count + 1, text: dto.text, position: count }),
    );
  }

  async updateObjective(id: string, dto: UpdateObjectiveDto): Promise<Objective> {
    const objective = await this.objectives.findOneBy({ id });
    if (!objective) throw notFound(OBJECTIVE, id);
    Object.assign(objective, dto);
    return this.objectives.save(objective);
  }

  /** Removes the objective with its tasks. */
  async removeObjective(id: string): Promise<void> {
    const result = await this.objectives.delete({ id });
    if (!result.affected) throw notFound(OBJECTIVE, id);
  }

  private async section(id: string): Promise<Section> {
    const section = await this.sections.findOneBy({ id });
    if (!section) throw notFound(SECTION, id);
    return section;
  }
}
