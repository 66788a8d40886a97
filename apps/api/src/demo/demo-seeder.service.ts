import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Agency, Plan, Unit, User } from '@khung/data';
import { plainToInstance } from 'class-transformer';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import { ImportPlanDto } from '../plans/dto/import-plan.dto.js';
import { SYSTEM_ACTOR } from '../history/audit.js';
import { PlanImportService } from '../plans/plan-import.service.js';
import { hashPassword } from '../auth/auth.service.js';
import { DEMO_AGENCY, DEMO_GROUPS, DEMO_PASSWORD, DEMO_UNITS, DEMO_USERS } from './demo-agency.js';

/** The 2026 appendix of Sở Công Thương Hà Tĩnh (a copy of shared/fixtures/plan-2026.json). */
export function readDemoPlan(): ImportPlanDto {
  const file = fileURLToPath(new URL('./plan-2026.json', import.meta.url));
  return plainToInstance(ImportPlanDto, JSON.parse(readFileSync(file, 'utf8')));
}

/** Loads the demo agency, its units and the 2026 plan into an empty database, once. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly importer: PlanImportService,
  ) {}

  async seedIfEmpty(): Promise<{ seeded: boolean; agencyId: string; planId?: string }> {
    const existing = await this.db.getRepository(Agency).find({ take: 1 });
    if (existing.length) return { seeded: false, agencyId: existing[0].id };
    const agencyId = await this.seedAgency();
    const result = await this.importer.import(SYSTEM_ACTOR, readDemoPlan(), false);
    await this.db.getRepository(Plan).update({ id: result.planId! }, { status: 'issued', issuedOn: '2026-01-15' });
    this.logger.log(`Loaded ${DEMO_AGENCY.name} and its 2026 plan (${result.taskCount} tasks)`);
    return { seeded: true, agencyId, planId: result.planId! };
  }

  /** Creates the demo agency with its units, unit groups and one person per unit; returns its id. */
  async seedAgency(): Promise<string> {
    return this.db.transaction(async (em) => {
      const agency = await em.save(em.create(Agency, DEMO_AGENCY));
      const byKey = new Map<string, Unit>();
      let position = 0;
      for (const u of DEMO_UNITS) {
        byKey.set(u.key, await em.save(em.create(Unit, { agencyId: agency.id, name: u.name, aliases: u.aliases, kind: 'unit', position: position++ })));
      }
      for (const g of DEMO_GROUPS) {
        const members = g.members.map((key) => byKey.get(key)!);
        await em.save(em.create(Unit, { agencyId: agency.id, name: g.name, aliases: g.aliases, kind: 'group', position: position++, members }));
      }
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      for (const u of DEMO_USERS) {
        const units = u.units.map((key) => byKey.get(key)!);
        await em.save(em.create(User, { agencyId: agency.id, username: u.username, fullName: u.fullName, role: u.role, passwordHash, units, email: `${u.username}@sct.demo.khung` }));
      }
      return agency.id;
    });
  }
}
