import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from './current-user.js';

/** Loads the person behind a token, with their units and the groups those units belong to. */
@Injectable()
export class SessionUsers {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The active person with this id whose tokens are at this version, or null. */
  async find(id: string, tokenVersion: number): Promise<AuthUser | null> {
    const rows: { id: string; username: string; full_name: string; role: AuthUser['role']; agency_id: string | null; unit_ids: string[] }[] =
      await this.db.query(
        `SELECT u.id, u.username, u.full_name, u.role, u.agency_id,
           ARRAY(SELECT uu.unit_id FROM user_unit uu WHERE uu.user_id = u.id
                 UNION SELECT m.group_id FROM unit_group_member m JOIN user_unit uu ON uu.unit_id = m.member_id WHERE uu.user_id = u.id) AS unit_ids
         FROM app_user u WHERE u.id = $1 AND u.is_active AND u.token_version = $2`,
        [id, tokenVersion],
      );
    const [row] = rows;
    return row ? { id: row.id, username: row.username, fullName: row.full_name, role: row.role, agencyId: row.agency_id, unitIds: row.unit_ids } : null;
  }
}
