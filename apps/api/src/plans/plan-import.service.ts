import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportResult } from '@khung/contracts';
import { deriveDeadline, resolveUnitCell, type UnitDirectoryEntry } from '@khung/domain';
import { Objective, Plan, Section, Task, TaskUnit, Unit } from '@khung/data';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';
import { OutboxEventType } from '@khung/jobs';
import { AgenciesService } from '../agencies/agencies.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { recordAudit } from '../history/audit.js';
import { addToOutbox } from '../outbox/outbox.js';
import { searchTextOf } from '../tasks/task.view.js';
import type { ImportPlanDto, ImportSectionDto } from './dto/import-plan.dto.js';

/** Rows of a plan built in memory, written in one transaction (or not at all on a dry run). */
interface PlanRows {
  sections: Partial<Section>[];
  objectives: Partial<Objective>[];
  tasks: Partial<Task>[];
  taskUnits: Partial<TaskUnit>[];
}

const INSERT_CHUNK = 500;

@Injectable()
export class PlanImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agencies: AgenciesService,
  ) {}

  async import(actor: AuthUser, dto: ImportPlanDto, dryRun = false): Promise<ImportResult> {
    const agency = await this.agencies.resolve(actor, dto.agencyId);
    const directory: UnitDirectoryEntry[] = await this.db.getRepository(Unit).find({ where: { agencyId: agency.id } });
    const planId = randomUUID();
    const unresolved = new Set<string>();
    const unparsedDeadlines: ImportResult['unparsedDeadlines'] = [];
    const rows: PlanRows = { sections: [], objectives: [], tasks: [], taskUnits: [] };

    const addSection = (s: ImportSectionDto, position: number, parentId: string | null) => {
      const sectionId = randomUUID();
      rows.sections.push({ id: sectionId, planId, parentId, code: s.code, title: s.title, position });
      (s.objectives ?? []).forEach((o, index) => {
        const objectiveId = randomUUID();
        rows.objectives.push({ id: objectiveId, planId, sectionId, number: o.number ?? index + 1, text: o.text, position: index });
        for (const t of o.tasks) {
          const taskId = randomUUID();
          const deadline = deriveDeadline(t.deadline ?? '', dto.year);
          if (deadline.kind === 'unparsed' && t.deadline) unparsedDeadlines.push({ task: `${s.code}.${o.number ?? index + 1}`, text: t.deadline });
          const activities = (t.activities ?? []).filter(Boolean).map((text) => ({ text, done: false }));
          rows.tasks.push({
            id: taskId,
            planId,
            sectionId,
            objectiveId,
            position: rows.tasks.length,
            text: t.text,
            searchText: searchTextOf({ text: t.text, activities, output: t.output ?? '' }),
            activities,
            output: t.output ?? '',
            leadText: t.lead,
            coordinatorsText: t.coordinators ?? '',
            deadlineText: t.deadline ?? '',
            deadlineKind: deadline.kind,
            deadlineStart: deadline.start,
            deadlineDue: deadline.due,
            budgetText: t.budget ?? '',
          });
          for (const [role, cell] of [['lead', t.lead], ['coordinating', t.coordinators ?? '']] as const) {
            const resolved = resolveUnitCell(cell, directory);
            resolved.unresolved.forEach((name) => unresolved.add(name));
            resolved.units.forEach((u, i) => rows.taskUnits.push({ taskId, unitId: u.id, role, position: i }));
          }
        }
      });
      (s.subsections ?? []).forEach((sub, index) => addSection(sub, index, sectionId));
    };
    dto.sections.forEach((s, index) => addSection(s, index, null));

    if (!dryRun) {
      await this.db.transaction(async (em) => {
        await em.insert(Plan, {
          id: planId,
          agencyId: agency.id,
          year: dto.year,
          number: dto.number ?? null,
          title: dto.title ?? `Kế hoạch cải cách hành chính năm ${dto.year}`,
          status: 'draft',
        });
        await insertChunked(em, Section, rows.sections);
        await insertChunked(em, Objective, rows.objectives);
        await insertChunked(em, Task, rows.tasks);
        await insertChunked(em, TaskUnit, rows.taskUnits);
        await recordAudit(em, actor, { entityType: 'plan', entityId: planId, planId, agencyId: agency.id, action: 'import', changes: { taskCount: [null, rows.tasks.length] } });
        await addToOutbox(em, OutboxEventType.PlanChanged, { planId, reason: 'import' });
      });
    }
    return {
      planId: dryRun ? null : planId,
      dryRun,
      sectionCount: rows.sections.length,
      objectiveCount: rows.objectives.length,
      taskCount: rows.tasks.length,
      unresolvedUnits: [...unresolved],
      unparsedDeadlines,
    };
  }
}

async function insertChunked<T extends ObjectLiteral>(em: EntityManager, target: EntityTarget<T>, rows: Partial<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await em.insert(target, rows.slice(i, i + INSERT_CHUNK) as never);
  }
}
