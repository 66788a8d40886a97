import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProgressEntryView, TaskView } from '@khung/contracts';
import { EvidenceFile, ProgressEntry } from '@khung/data';
import { parsePeriod, PeriodError, todayIn } from '@khung/domain';
import { OutboxEventType } from '@khung/jobs';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.js';
import { notFound } from '../common/not-found.js';
import { fieldError } from '../common/validation.js';
import { recordAudit } from '../history/audit.js';
import { addToOutbox } from '../outbox/outbox.js';
import { applyProgress } from '../tasks/task-progress.js';
import { TasksService } from '../tasks/tasks.service.js';
import type { CreateProgressDto } from './dto/progress.dto.js';
import { EvidenceStore } from './evidence-store.js';
import { sniffEvidenceType } from './evidence-type.js';

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** Progress entries, the activity checklist and evidence files of a task, by its lead units. */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TasksService,
    private readonly store: EvidenceStore,
  ) {}

  async list(actor: AuthUser, taskId: string): Promise<ProgressEntryView[]> {
    await this.tasks.authorize(this.db.manager, actor, 'read', taskId);
    const entries = await this.db.getRepository(ProgressEntry).find({ where: { taskId }, relations: { author: true, files: true }, order: { createdAt: 'DESC' } });
    return entries.map(toEntryView);
  }

  /** Records progress: the entry, the task's new state, the audit row and the outbox row, together. */
  async record(actor: AuthUser, taskId: string, dto: CreateProgressDto): Promise<{ entry: ProgressEntryView; task: TaskView }> {
    if (dto.periodCode) {
      try {
        parsePeriod(dto.periodCode);
      } catch (error) {
        if (error instanceof PeriodError) throw fieldError('periodCode', 'period', error.messageVi, error.messageEn);
        throw error;
      }
    }
    const entryId = await this.db.transaction(async (em) => {
      const { task, scope } = await this.tasks.lock(em, actor, 'task.progress', taskId, dto.version);
      const before = { ...task };
      applyProgress(task, dto, todayIn());
      const entry = await em.save(
        em.create(ProgressEntry, {
          taskId,
          authorId: actor.id || null,
          status: task.status,
          percent: task.percent,
          note: dto.note ?? '',
          completedOn: task.completedOn,
          cancelReason: task.cancelReason,
          periodCode: dto.periodCode ?? null,
          docNumber: dto.document?.number ?? null,
          docDate: dto.document?.date ?? null,
          docIssuer: dto.document?.issuer ?? null,
          docLink: dto.document?.link ?? null,
        }),
      );
      await this.tasks.saveChanges(em, actor, before, task, scope.agencyId, 'progress');
      if (entry.periodCode) await addToOutbox(em, OutboxEventType.PlanChanged, { planId: task.planId, taskId, reason: 'progress' }); // a periodic report moves the figures
      return entry.id;
    });
    return { entry: await this.entry(entryId), task: (await this.tasks.views([taskId]))[0] };
  }

  /** Ticks an activity of the checklist; the ticks move the percent of a task not yet done. */
  async tick(actor: AuthUser, taskId: string, index: number, done: boolean): Promise<TaskView> {
    await this.db.transaction(async (em) => {
      const { task, scope } = await this.tasks.lock(em, actor, 'task.progress', taskId);
      if (index >= task.activities.length) {
        throw fieldError('index', 'max', `Nhiệm vụ chỉ có ${task.activities.length} hoạt động`, `The task has ${task.activities.length} activities`);
      }
      const before = { ...task, activities: task.activities.map((a) => ({ ...a })) };
      task.activities = task.activities.map((a, i) => (i === index ? { ...a, done } : a));
      if (task.status !== 'done') task.percent = Math.round((100 * task.activities.filter((a) => a.done).length) / task.activities.length);
      await this.tasks.saveChanges(em, actor, before, task, scope.agencyId, 'progress');
    });
    return (await this.tasks.views([taskId]))[0];
  }

  /**
   * Stores an evidence file: its type is read from its bytes (PDF, Word, Excel, images) and
   * anything else is refused before a byte is kept; the row and the file stand or fall together.
   */
  async upload(actor: AuthUser, taskId: string, file: UploadedFile | undefined, progressEntryId?: string): Promise<EvidenceFile> {
    if (!file?.size) throw fieldError('file', 'isDefined', 'Chưa chọn tệp hoặc tệp rỗng', 'No file, or an empty file, was sent');
    const contentType = sniffEvidenceType(file.buffer, file.originalname);
    if (!contentType) {
      throw fieldError('file', 'fileType', 'Chỉ nhận tệp PDF, Word, Excel hoặc ảnh (PNG, JPEG, GIF, WebP)', 'Only PDF, Word, Excel or image files (PNG, JPEG, GIF, WebP) are accepted');
    }
    const scope = await this.tasks.authorize(this.db.manager, actor, 'task.progress', taskId);
    const key = await this.store.put(file.buffer);
    try {
      return await this.db.transaction(async (em) => {
        if (progressEntryId && !(await em.existsBy(ProgressEntry, { id: progressEntryId, taskId }))) {
          throw fieldError('progressEntryId', 'exists', 'Báo cáo tiến độ không thuộc nhiệm vụ này', 'The progress entry is not one of this task');
        }
        const saved = await em.save(
          em.create(EvidenceFile, {
            taskId,
            progressEntryId: progressEntryId ?? null,
            fileName: utf8FileName(file.originalname),
            contentType,
            size: file.size,
            sha256: createHash('sha256').update(file.buffer).digest('hex'),
            storageKey: key,
            uploadedBy: actor.id || null,
          }),
        );
        await recordAudit(em, actor, { entityType: 'task', entityId: taskId, planId: scope.planId, agencyId: scope.agencyId, action: 'evidence', changes: { file: [null, saved.fileName] } });
        return saved;
      });
    } catch (error) {
      await this.store.remove(key);
      throw error;
    }
  }

  /** An evidence file and its bytes, if the person may read its task. */
  async download(actor: AuthUser, id: string): Promise<{ file: EvidenceFile; stream: NodeJS.ReadableStream }> {
    const file = await this.db.getRepository(EvidenceFile).findOneBy({ id });
    if (!file) throw notFound({ vi: 'tệp minh chứng', en: 'evidence file' }, id);
    await this.tasks.authorize(this.db.manager, actor, 'read', file.taskId);
    return { file, stream: this.store.open(file.storageKey) };
  }

  private async entry(id: string): Promise<ProgressEntryView> {
    return toEntryView(await this.db.getRepository(ProgressEntry).findOneOrFail({ where: { id }, relations: { author: true, files: true } }));
  }
}

function toEntryView(e: ProgressEntry): ProgressEntryView {
  return {
    id: e.id,
    status: e.status,
    percent: e.percent,
    note: e.note,
    completedOn: e.completedOn,
    cancelReason: e.cancelReason,
    periodCode: e.periodCode,
    document: e.docNumber || e.docLink ? { number: e.docNumber, date: e.docDate, issuer: e.docIssuer, link: e.docLink } : null,
    author: e.author ? { id: e.author.id, name: e.author.fullName || e.author.username } : null,
    files: (e.files ?? []).map((f) => ({ id: f.id, fileName: f.fileName, contentType: f.contentType, size: f.size, uploadedAt: f.createdAt.toISOString() })),
    createdAt: e.createdAt.toISOString(),
  };
}

/** Multipart file names arrive decoded as Latin-1; Vietnamese names are UTF-8 bytes underneath. */
function utf8FileName(name: string): string {
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return (decoded.includes('\uFFFD') ? name : decoded).normalize('NFC').slice(0, 255);
}
