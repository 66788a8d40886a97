import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reminders and stored figures: the inbox (notification, once per task, person, kind and day),
 * per-agency settings of the reminder sweep, the figures computed by the worker, and the
 * per-plan change counter that tells whether they are current.
 */
export class RemindersFigures1764300000000 implements MigrationInterface {
    name = 'RemindersFigures1764300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "agency_settings" ("agency_id" uuid NOT NULL, "reminders_enabled" boolean NOT NULL DEFAULT true, "reminder_time" text NOT NULL DEFAULT '07:00', "reminder_days_before" integer array NOT NULL DEFAULT '{7,1}', "overdue_every_days" integer NOT NULL DEFAULT '7', "period_end_days_before" integer NOT NULL DEFAULT '7', CONSTRAINT "PK_83a9518d2de4cab49776295df6d" PRIMARY KEY ("agency_id"))`);
        await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "task_id" uuid NOT NULL, "kind" text NOT NULL, "remind_on" date NOT NULL, "due_on" date NOT NULL, "days" integer NOT NULL, "role" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "email_status" text NOT NULL DEFAULT 'pending', "email_attempts" integer NOT NULL DEFAULT '0', "email_error" text, "emailed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_notification_email_pending" ON "notification"  ("remind_on") WHERE email_status = 'pending'`);
        await queryRunner.query(`CREATE INDEX "ix_notification_inbox" ON "notification"  ("user_id", "created_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_notification_once" ON "notification"  ("task_id", "user_id", "kind", "remind_on") `);
        await queryRunner.query(`CREATE TABLE "plan_figures" ("plan_id" uuid NOT NULL, "period_code" text NOT NULL, "as_of" date NOT NULL, "revision" integer NOT NULL, "figures" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_90014fec1a49a25aadf64d36875" PRIMARY KEY ("plan_id", "period_code"))`);
        await queryRunner.query(`CREATE TABLE "plan_revision" ("plan_id" uuid NOT NULL, "revision" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_1fc36928d5aa4b467d762e62cba" PRIMARY KEY ("plan_id"))`);
        await queryRunner.query(`ALTER TABLE "agency_settings" ADD CONSTRAINT "FK_83a9518d2de4cab49776295df6d" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_ad747a2b223a2e7d97d73e0c033" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "plan_figures" ADD CONSTRAINT "FK_b0eac382074eb7843198ab18c4f" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "plan_revision" ADD CONSTRAINT "FK_1fc36928d5aa4b467d762e62cba" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "plan_revision" DROP CONSTRAINT "FK_1fc36928d5aa4b467d762e62cba"`);
        await queryRunner.query(`ALTER TABLE "plan_figures" DROP CONSTRAINT "FK_b0eac382074eb7843198ab18c4f"`);
        await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_ad747a2b223a2e7d97d73e0c033"`);
        await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
        await queryRunner.query(`ALTER TABLE "agency_settings" DROP CONSTRAINT "FK_83a9518d2de4cab49776295df6d"`);
        await queryRunner.query(`DROP TABLE "plan_revision"`);
        await queryRunner.query(`DROP TABLE "plan_figures"`);
        await queryRunner.query(`DROP INDEX "public"."uq_notification_once"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notification_inbox"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notification_email_pending"`);
        await queryRunner.query(`DROP TABLE "notification"`);
        await queryRunner.query(`DROP TABLE "agency_settings"`);
    }

}
