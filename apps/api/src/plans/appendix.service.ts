import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Objective, Section } from '@khung/data';
import { OutboxEventType } from '@khung/jobs';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/current-user.js';
import { notFound } from '../common/not-found.js';
import { fieldError } from '../common/validation.js';
import { diff, recordAudit } from '../history/audit.js';
import { addToOutbox } from '../outbox/outbox.js';
import type { CreateObjectiveDto, CreateSectionDto, UpdateObjectiveDto, UpdateSectionDto } from './dto/plan.dto.js';
import { PlansService } from './plans.service.js';

const SECTION = { vi: 'mục', en: 'section' };
const OBJECTIVE = { vi: 'mục tiêu', en: 'objective' };

/** Sections (one level of sub-sections) and objectives of a plan's appendix; every change audited. */
@Injectable()
export class AppendixService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlansService,
  ) {}

  async createSection(actor: AuthUser, planId: string, dto: CreateSectionDto): Promise<Section> {
    return this.db.transaction(async (em) => {
      const plan = await this.plans.load(actor, planId, em);
      if (dto.parentId) {
        const parent = await em.findOneBy(Section, { id: dto.parentId, planId });
        if (!parent) throw fieldError('parentId', 'exists', 'Mục cha không thuộc kế hoạch này', 'The parent section is not part of this plan');
        if (parent.parentId) throw fieldError('parentId', 'depth', 'Mục chỉ lồng một cấp', 'Sections nest one level only');
      }
      const position = dto.position ?? (await em.countBy(Section, { planId, parentId: dto.parentId ?? IsNull() }));
      const section = await em.save(em.create(Section, { planId, parentId: dto.parentId ?? null, code: dto.code, title: dto.title, position }));
      await recordAudit(em, actor, { entityType: 'section', entityId: section.id, planId, agencyId: plan.agencyId, action: 'create', changes: diff({} as Section, section, ['code', 'title', 'position']) });
      return section;
    });
  }

  async updateSection(actor: AuthUser, id: string, dto: UpdateSectionDto): Promise<Section> {
    return this.db.transaction(async (em) => {
      const { section, agencyId } = await this.section(em, actor, id);
      const changes = diff(section, dto, ['code', 'title', 'position']);
      Object.assign(section, dto);
      await em.save(section);
      await recordAudit(em, actor, { entityType: 'section', entityId: id, planId: section.planId, agencyId, action: 'update', changes });
      await addToOutbox(em, OutboxEventType.PlanChanged, { planId: section.planId, reason: 'structure' }); // the figures by section name it
      return section;
    });
  }

  /** Removes the section with its sub-sections, objectives and tasks. */
  async removeSection(actor: AuthUser, id: string): Promise<void> {
    await this.db.transaction(async (em) => {
      const { section, agencyId } = await this.section(em, actor, id);
      await em.delete(Section, { id });
      await recordAudit(em, actor, { entityType: 'section', entityId: id, planId: section.planId, agencyId, action: 'delete', changes: { title: [section.title, null] } });
      await addToOutbox(em, OutboxEventType.PlanChanged, { planId: section.planId, reason: 'structure' }); // its tasks went with it
    });
  }

  async createObjective(actor: AuthUser, sectionId: string, dto: CreateObjectiveDto): Promise<Objective> {
    return this.db.transaction(async (em) => {
      const { section, agencyId } = await this.section(em, actor, sectionId);
      const count = await em.countBy(Objective, { sectionId });
      const objective = await em.save(em.create(Objective, { planId: section.planId, sectionId, number: dto.number ?? count + 1, text: dto.text, position: count }));
      await recordAudit(em, actor, { entityType: 'objective', entityId: objective.id, planId: section.planId, agencyId, action: 'create', changes: diff({} as Objective, objective, ['number', 'text']) });
      return objective;
    });
  }

  async updateObjective(actor: AuthUser, id: string, dto: UpdateObjectiveDto): Promise<Objective> {
    return this.db.transaction(async (em) => {
      const { objective, agencyId } = await this.objective(em, actor, id);
      const changes = diff(objective, dto, ['number', 'text']);
      Object.assign(objective, dto);
      await em.save(objective);
      await recordAudit(em, actor, { entityType: 'objective', entityId: id, planId: objective.planId, agencyId, action: 'update', changes });
      return objective;
    });
  }

  /** Removes the objective with its tasks. */
  async removeObjective(actor: AuthUser, id: string): Promise<void> {
    await this.db.transaction(async (em) => {
      const { objective, agencyId } = await this.objective(em, actor, id);
      await em.delete(Objective, { id });
      await recordAudit(em, actor, { entityType: 'objective', entityId: id, planId: objective.planId, agencyId, action: 'delete', changes: { text: [objective.text, null] } });
      await addToOutbox(em, OutboxEventType.PlanChanged, { planId: objective.planId, reason: 'structure' }); // its tasks went with it
    });
  }

  private async section(em: EntityManager, actor: AuthUser, id: string): Promise<{ section: Section; agencyId: string }> {
    const section = await em.findOneBy(Section, { id });
    if (!section) throw notFound(SECTION, id);
    return { section, agencyId: (await this.plans.load(actor, section.planId, em)).agencyId };
  }

  private async objective(em: EntityManager, actor: AuthUser, id: string): Promise<{ objective: Objective; agencyId: string }> {
    const objective = await em.findOneBy(Objective, { id });
    if (!objective) throw notFound(OBJECTIVE, id);
    return { objective, agencyId: (await this.plans.load(actor, objective.planId, em)).agencyId };
  }
}
