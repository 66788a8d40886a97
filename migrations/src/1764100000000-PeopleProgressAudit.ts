import type { MigrationInterface, QueryRunner } from "typeorm";

/** People in units, progress entries with evidence files, comments and the audit trail. */
export class PeopleProgressAudit1764100000000 implements MigrationInterface {
    name = "PeopleProgressAudit1764100000000"

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid, "plan_id" uuid, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "action" text NOT NULL, "actor_id" uuid, "actor_name" text NOT NULL DEFAULT '', "changes" jsonb NOT NULL DEFAULT '{}', "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_audit_plan" ON "audit_entry"  ("plan_id", "at") `);
        await queryRunner.query(`CREATE INDEX "ix_audit_entity" ON "audit_entry"  ("entity_type", "entity_id", "at") `);
        await queryRunner.query(`CREATE TABLE "task_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_28da4411b195bfc3c451cfa21ff" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_comment_task" ON "task_comment"  ("task_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "progress_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "author_id" uuid, "status" text NOT NULL, "percent" integer NOT NULL, "note" text NOT NULL DEFAULT '', "completed_on" date, "cancel_reason" text, "period_code" text, "doc_number" text, "doc_date" date, "doc_issuer" text, "doc_link" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2087004aaffee249ff4adcd5281" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_progress_task" ON "progress_entry"  ("task_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "evidence_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "progress_entry_id" uuid, "file_name" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_e14804fee3b7f861d623a13f915" UNIQUE ("storage_key"), CONSTRAINT "PK_f54e0261bc7f0350c7eae30736a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_evidence_task" ON "evidence_file"  ("task_id") `);
        await queryRunner.query(`CREATE TABLE "user_unit" ("user_id" uuid NOT NULL, "unit_id" uuid NOT NULL, CONSTRAINT "PK_6684843228c331e7d23afcca96d" PRIMARY KEY ("user_id", "unit_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_9f8e28864adc66ade704b902a2" ON "user_unit"  ("user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_63ccd2198b7da8c4c27e7b8390" ON "user_unit"  ("unit_id") `);
        await queryRunner.query(`ALTER TABLE "task" ADD "percent" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "task" ADD "cancel_reason" text`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD "is_active" boolean NOT NULL DEFAULT true`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD "email_notifications" boolean NOT NULL DEFAULT true`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD "token_version" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "task_comment" ADD CONSTRAINT "FK_55866536e2125e25624db4d963b" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "task_comment" ADD CONSTRAINT "FK_cdb2dcdeb59c097579beb53cb33" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "progress_entry" ADD CONSTRAINT "FK_4e506dfef80a222fdfc4b0320f3" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "progress_entry" ADD CONSTRAINT "FK_6e46e6427c5525114aa537944dd" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "evidence_file" ADD CONSTRAINT "FK_6438fe3ca87f30e1da1e8e39f9e" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "evidence_file" ADD CONSTRAINT "FK_5345e845da2d62e72f5b4c16abd" FOREIGN KEY ("progress_entry_id") REFERENCES "progress_entry"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "evidence_file" ADD CONSTRAINT "FK_394f7cdda7aa6315d09423ee7d3" FOREIGN KEY ("uploaded_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_unit" ADD CONSTRAINT "FK_9f8e28864adc66ade704b902a25" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "user_unit" ADD CONSTRAINT "FK_63ccd2198b7da8c4c27e7b83905" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "user_unit" DROP CONSTRAINT "FK_63ccd2198b7da8c4c27e7b83905"`);
        await queryRunner.query(`ALTER TABLE "user_unit" DROP CONSTRAINT "FK_9f8e28864adc66ade704b902a25"`);
        await queryRunner.query(`ALTER TABLE "evidence_file" DROP CONSTRAINT "FK_394f7cdda7aa6315d09423ee7d3"`);
        await queryRunner.query(`ALTER TABLE "evidence_file" DROP CONSTRAINT "FK_5345e845da2d62e72f5b4c16abd"`);
        await queryRunner.query(`ALTER TABLE "evidence_file" DROP CONSTRAINT "FK_6438fe3ca87f30e1da1e8e39f9e"`);
        await queryRunner.query(`ALTER TABLE "progress_entry" DROP CONSTRAINT "FK_6e46e6427c5525114aa537944dd"`);
        await queryRunner.query(`ALTER TABLE "progress_entry" DROP CONSTRAINT "FK_4e506dfef80a222fdfc4b0320f3"`);
        await queryRunner.query(`ALTER TABLE "task_comment" DROP CONSTRAINT "FK_cdb2dcdeb59c097579beb53cb33"`);
        await queryRunner.query(`ALTER TABLE "task_comment" DROP CONSTRAINT "FK_55866536e2125e25624db4d963b"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "token_version"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "email_notifications"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "is_active"`);
        await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "cancel_reason"`);
        await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "percent"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_63ccd2198b7da8c4c27e7b8390"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9f8e28864adc66ade704b902a2"`);
        await queryRunner.query(`DROP TABLE "user_unit"`);
        await queryRunner.query(`DROP INDEX "public"."ix_evidence_task"`);
        await queryRunner.query(`DROP TABLE "evidence_file"`);
        await queryRunner.query(`DROP INDEX "public"."ix_progress_task"`);
        await queryRunner.query(`DROP TABLE "progress_entry"`);
        await queryRunner.query(`DROP INDEX "public"."ix_comment_task"`);
        await queryRunner.query(`DROP TABLE "task_comment"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_entity"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_plan"`);
        await queryRunner.query(`DROP TABLE "audit_entry"`);
    }

}
