import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlanSummary } from '@khung/contracts';
import { Objective, Plan, Section, Task, TaskUnit } from '@khung/data';
import { deriveDeadline } from '@khung/domain';
import { OutboxEventType } from '@khung/jobs';
import { randomUUID } from 'node:crypto';
import { IsNull, Not, type DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.js';
import { recordAudit } from '../history/audit.js';
import { addToOutbox } from '../outbox/outbox.js';
import type { CopyPlanDto } from './dto/copy-plan.dto.js';
import { insertChunked } from './plan-import.service.js';
import { PlansService } from './plans.service.js';

/** Moves every year written in a deadline by `shift` years: "Quý I/2026" → "Quý I/2027". */
export function moveYears(text: string, shift: number): string {
  return text.replace(/(?<!\d)(19|20)\d{2}(?!\d)/g, (year) => String(Number(year) + shift));
}

@Injectable()
export class PlanCopyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlansService,
  ) {}

  /**
   * Copies a plan's appendix into another year (the next by default) as a draft, in one
   * transaction: the same sections, objectives, tasks and units; deadline texts moved by the
   * years between and derived again for the new year; progress cleared. Tasks assigned from
   * above belong to their year and are not copied.
   */
  async copy(actor: AuthUser, id: string, dto: CopyPlanDto): Promise<PlanSummary> {
    const source = await this.plans.load(actor, id);
    const year = dto.year ?? source.year + 1;
    const shift = year - source.year;
    const planId = randomUUID();
    await this.db.transaction(async (em) => {
      // One after the other: a transaction has one connection.
      const sections = await em.find(Section, { where: { planId: id } });
      const objectives = await em.find(Objective, { where: { planId: id } });
      const tasks = await em.find(Task, { where: { planId: id, sectionId: Not(IsNull()) }, relations: { units: true } });
      const newId = new Map([...sections, ...objectives, ...tasks].map((row) => [row.id, randomUUID()]));
      const moved = (oldId: string | null) => (oldId === null ? null : newId.get(oldId)!);

      await em.insert(Plan, {
        id: planId,
        agencyId: source.agencyId,
        year,
        number: null,
        title: source.title.replace(new RegExp(`(?<!\\d)${source.year}(?!\\d)`, 'g'), String(year)),
        status: 'draft',
      });
      // Parents first: a sub-section refers to its section.
      const parentsFirst = [...sections].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
      await insertChunked(em, Section, parentsFirst.map((s) => ({ id: moved(s.id)!, planId, parentId: moved(s.parentId), code: s.code, title: s.title, position: s.position })));
      await insertChunked(em, Objective, objectives.map((o) => ({ id: moved(o.id)!, planId, sectionId: moved(o.sectionId)!, number: o.number, text: o.text, position: o.position })));
      await insertChunked(
        em,
        Task,
        tasks.map((t) => {
          const deadlineText = moveYears(t.deadlineText, shift);
          const deadline = deriveDeadline(deadlineText, year);
          // Only what the appendix says is copied; status, dates, overrides and percent start afresh.
          return {
            id: moved(t.id)!,
            planId,
            sectionId: moved(t.sectionId),
            objectiveId: moved(t.objectiveId),
            position: t.position,
            text: t.text,
            searchText: t.searchText,
            activities: t.activities.map((a) => ({ text: a.text, done: false })),
            output: t.output,
            leadText: t.leadText,
            coordinatorsText: t.coordinatorsText,
            deadlineText,
            deadlineKind: deadline.kind,
            deadlineStart: deadline.start,
            deadlineDue: deadline.due,
            budgetText: t.budgetText,
          };
        }),
      );
      await insertChunked(em, TaskUnit, tasks.flatMap((t) => t.units.map((u) => ({ taskId: moved(t.id)!, unitId: u.unitId, role: u.role, position: u.position }))));
      await recordAudit(em, actor, { entityType: 'plan', entityId: planId, planId, agencyId: source.agencyId, action: 'create', changes: { copiedFrom: [null, id], year: [source.year, year] } });
      await addToOutbox(em, OutboxEventType.PlanChanged, { planId, reason: 'structure' });
    });
    return this.plans.get(actor, planId);
  }
}
