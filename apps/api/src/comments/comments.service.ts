import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommentView } from '@khung/contracts';
import { Comment } from '@khung/data';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.js';
import { recordAudit } from '../history/audit.js';
import { TasksService } from '../tasks/tasks.service.js';

/** Comments on a task: by its lead and coordinating units, coordinators and leadership. */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TasksService,
  ) {}

  async list(actor: AuthUser, taskId: string): Promise<CommentView[]> {
    await this.tasks.authorize(this.db.manager, actor, 'read', taskId);
    const comments = await this.db.getRepository(Comment).find({ where: { taskId }, relations: { author: true }, order: { createdAt: 'ASC' } });
    return comments.map(toCommentView);
  }

  async add(actor: AuthUser, taskId: string, body: string): Promise<CommentView> {
    const id = await this.db.transaction(async (em) => {
      const scope = await this.tasks.authorize(em, actor, 'task.comment', taskId);
      const comment = await em.save(em.create(Comment, { taskId, authorId: actor.id || null, body }));
      await recordAudit(em, actor, { entityType: 'task', entityId: taskId, planId: scope.planId, agencyId: scope.agencyId, action: 'comment', changes: { comment: [null, body] } });
      return comment.id;
    });
    return toCommentView(await this.db.getRepository(Comment).findOneOrFail({ where: { id }, relations: { author: true } }));
  }
}

function toCommentView(c: Comment): CommentView {
  return {
    id: c.id,
    body: c.body,
    author: c.author ? { id: c.author.id, name: c.author.fullName || c.author.username } : null,
    createdAt: c.createdAt.toISOString(),
  };
}
