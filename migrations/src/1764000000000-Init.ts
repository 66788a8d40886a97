import type { MigrationInterface, QueryRunner } from 'typeorm';

// Constraint names are TypeORM's own (hashes of table and columns), so that the schema check
// (libs/data schema.integration-spec.ts) finds no drift.

/** Agencies, units and unit groups, users, and the plan appendix (sections, objectives, tasks). */
export class Init1764000000000 implements MigrationInterface {
  name = 'Init1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "agency" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" text NOT NULL,
      "short_name" text,
      "time_zone" text NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_agency" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "unit" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "agency_id" uuid NOT NULL,
      "name" text NOT NULL,
      "kind" text NOT NULL DEFAULT 'unit',
      "aliases" text array NOT NULL DEFAULT '{}',
      "position" integer NOT NULL DEFAULT 0,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_unit" PRIMARY KEY ("id"),
      CONSTRAINT "FK_7b95ce2d378ecf6b780b3a9532b" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE UNIQUE INDEX "uq_unit_agency_name" ON "unit" ("agency_id", "name")`);
    await q.query(`CREATE TABLE "unit_group_member" (
      "group_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      CONSTRAINT "PK_unit_group_member" PRIMARY KEY ("group_id", "member_id"),
      CONSTRAINT "FK_5921b6839d4cb0ea52076bbd15a" FOREIGN KEY ("group_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE,
      CONSTRAINT "FK_c627f59c8be342935b8d254a3ca" FOREIGN KEY ("member_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE)`);
    await q.query(`CREATE INDEX "IDX_5921b6839d4cb0ea52076bbd15" ON "unit_group_member" ("group_id")`);
    await q.query(`CREATE INDEX "IDX_c627f59c8be342935b8d254a3c" ON "unit_group_member" ("member_id")`);
    await q.query(`CREATE TABLE "app_user" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "agency_id" uuid,
      "username" text NOT NULL,
      "password_hash" text NOT NULL,
      "full_name" text NOT NULL DEFAULT '',
      "email" text,
      "role" text NOT NULL DEFAULT 'viewer',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "UQ_app_user_username" UNIQUE ("username"),
      CONSTRAINT "PK_app_user" PRIMARY KEY ("id"),
      CONSTRAINT "FK_6c389af3b251d151c0627d856f5" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE TABLE "plan" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "agency_id" uuid NOT NULL,
      "year" integer NOT NULL,
      "number" text,
      "title" text NOT NULL,
      "status" text NOT NULL DEFAULT 'draft',
      "issued_on" date,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_plan" PRIMARY KEY ("id"),
      CONSTRAINT "FK_a0c17f617c2a824adf03e657a2b" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE TABLE "plan_section" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "plan_id" uuid NOT NULL,
      "parent_id" uuid,
      "code" text NOT NULL,
      "title" text NOT NULL,
      "position" integer NOT NULL,
      CONSTRAINT "PK_plan_section" PRIMARY KEY ("id"),
      CONSTRAINT "FK_d42ae4b6328b15c1f4426833a5c" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_1a55ea543ba94b4121818d8bd8c" FOREIGN KEY ("parent_id") REFERENCES "plan_section"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE TABLE "objective" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "plan_id" uuid NOT NULL,
      "section_id" uuid NOT NULL,
      "number" integer NOT NULL,
      "text" text NOT NULL,
      "position" integer NOT NULL,
      CONSTRAINT "PK_objective" PRIMARY KEY ("id"),
      CONSTRAINT "FK_b9aba27e80d3916fef8dbde071d" FOREIGN KEY ("section_id") REFERENCES "plan_section"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE TABLE "task" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "plan_id" uuid NOT NULL,
      "section_id" uuid,
      "objective_id" uuid,
      "position" integer NOT NULL DEFAULT 0,
      "text" text NOT NULL,
      "search_text" text NOT NULL DEFAULT '',
      "activities" jsonb NOT NULL DEFAULT '[]',
      "output" text NOT NULL DEFAULT '',
      "lead_text" text NOT NULL DEFAULT '',
      "coordinators_text" text NOT NULL DEFAULT '',
      "deadline_text" text NOT NULL DEFAULT '',
      "deadline_kind" text NOT NULL DEFAULT 'unparsed',
      "deadline_start" date,
      "deadline_due" date,
      "due_override" date,
      "budget_text" text NOT NULL DEFAULT '',
      "status" text NOT NULL DEFAULT 'not_started',
      "completed_on" date,
      "source_number" text,
      "source_date" date,
      "source_issuer" text,
      "version" integer NOT NULL DEFAULT 1,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_task" PRIMARY KEY ("id"),
      CONSTRAINT "FK_861fe9e94ad32e4f9b010e2cf48" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_73620fc3cdc308ec576f8ee55ff" FOREIGN KEY ("section_id") REFERENCES "plan_section"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_4aaa48720a35646cdaf79392b25" FOREIGN KEY ("objective_id") REFERENCES "objective"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "ix_task_plan" ON "task" ("plan_id", "position")`);
    await q.query(`CREATE TABLE "task_unit" (
      "task_id" uuid NOT NULL,
      "unit_id" uuid NOT NULL,
      "role" text NOT NULL,
      "position" integer NOT NULL DEFAULT 0,
      CONSTRAINT "PK_task_unit" PRIMARY KEY ("task_id", "unit_id", "role"),
      CONSTRAINT "FK_1c230a6aad28b70ead5be61980b" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_d1afbce87fb5a0dcdcd39cb52e9" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT)`);
    await q.query(`CREATE INDEX "ix_task_unit_unit" ON "task_unit" ("unit_id", "role")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['task_unit', 'task', 'objective', 'plan_section', 'plan', 'app_user', 'unit_group_member', 'unit', 'agency']) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
