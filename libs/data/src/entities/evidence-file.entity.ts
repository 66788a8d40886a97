import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ProgressEntry } from './progress-entry.entity.js';
import { Task } from './task.entity.js';
import { User } from './user.entity.js';

/** An uploaded evidence file; its bytes live in the upload store under `storage_key`, not in the row. */
@Entity('evidence_file')
@Index('ix_evidence_task', ['taskId'])
export class EvidenceFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'task_id' })
  taskId: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task: Relation<Task>;

  @Column('uuid', { name: 'progress_entry_id', nullable: true })
  progressEntryId: string | null;

  @ManyToOne(() => ProgressEntry, (p) => p.files, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'progress_entry_id' })
  progressEntry: Relation<ProgressEntry> | null;

  @Column('text', { name: 'file_name' })
  fileName: string;

  /** The type found in the file's bytes, not the one the browser claimed. */
  @Column('text', { name: 'content_type' })
  contentType: string;

  @Column('int')
  size: number;

  @Column('text')
  sha256: string;

  @Column('text', { name: 'storage_key', unique: true })
  storageKey: string;

  @Column('uuid', { name: 'uploaded_by', nullable: true })
  uploadedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'uploaded_by' })
  uploader: Relation<User> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
