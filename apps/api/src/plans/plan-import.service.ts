import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportPreviewSection, ImportPreviewTask, ImportResult } from '@khung/contracts';
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
import type { ImportPlanDto, ImportSectionDto, ImportTaskDto } from './dto/import-plan.dto.js';

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

    const addTask = (t: ImportTaskDto, sectionId: string, objectiveId: string | null, label: string): ImportPreviewTask => {
      const taskId = randomUUID();
      const deadline = deriveDeadline(t.deadline ?? '', dto.year);
      if (deadline.kind === 'unparsed' && t.deadline) unparsedDeadlines.push({ task: label, text: t.deadline });
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
      const preview: ImportPreviewTask = {
        text: t.text,
        leadUnits: [],
        coordinatingUnits: [],
        unresolvedUnits: [],
        deadline: { text: t.deadline ?? '', kind: deadline.kind, due: deadline.due },
      };
      for (const [role, cell, names] of [['lead', t.lead, preview.leadUnits], ['coordinating', t.coordinators ?? '', preview.coordinatingUnits]] as const) {
        const resolved = resolveUnitCell(cell, directory);
        resolved.unresolved.forEach((name) => unresolved.add(name));
        preview.unresolvedUnits.push(...resolved.unresolved);
        resolved.units.forEach((u, i) => rows.taskUnits.push({ taskId, unitId: u.id, role, position: i }));
        names.push(...resolved.units.map((u) => u.name));
      }
      return preview;
    };

    // Rows are added in appendix order: a section's own tasks, its objectives, its sub-sections.
    const addSection = (s: ImportSectionDto, position: number, parentId: string | null): ImportPreviewSection => {
      const sectionId = randomUUID();
      rows.sections.push({ id: sectionId, planId, parentId, code: s.code, title: s.title, position });
      const tasks = (s.tasks ?? []).map((t) => addTask(t, sectionId, null, s.code));
      const objectives = (s.objectives ?? []).map((o, index) => {
        const objectiveId = randomUUID();
        const number = o.number ?? index + 1;
        rows.objectives.push({ id: objectiveId, planId, sectionId, number, text: o.text, position: index });
        return { number, text: o.text, tasks: o.tasks.map((t) => addTask(t, sectionId, objectiveId, `${s.code}.${number}`)) };
      });
      const subsections = (s.subsections ?? []).map((sub, index) => addSection(sub, index, sectionId));
      return { code: s.code, title: s.title, tasks, objectives, subsections };
    };
    const preview = dto.sections.map((s, index) => addSection(s, index, null));

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
      ...(dryRun ? { preview } : {}),
    };
  }
}

/** Inserts rows in chunks, within the parameter limit of one statement. */
export async function insertChunked<T extends ObjectLiteral>(em: EntityManager, target: EntityTarget<T>, rows: Partial<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await em.insert(target, rows.slice(i, i + INSERT_CHUNK) as never);
  }
}
