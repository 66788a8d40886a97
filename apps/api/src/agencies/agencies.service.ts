import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Agency } from '@khung/data';
import type { Repository } from 'typeorm';
import { assertAgency } from '../auth/forbidden.js';
import type { AuthUser } from '../auth/current-user.js';
import { notFound } from '../common/not-found.js';
import { fieldError } from '../common/validation.js';

@Injectable()
export class AgenciesService {
  constructor(@InjectRepository(Agency) private readonly agencies: Repository<Agency>) {}

  /** The agencies a person may see: their own, or all for an administrator. */
  list(actor: AuthUser): Promise<Agency[]> {
    return this.agencies.find({ where: actor.agencyId ? { id: actor.agencyId } : {}, order: { name: 'ASC' } });
  }

  /**
   * The agency a request works in: the one named (403 if it is not the person's), else the
   * person's own, else — for an administrator — the only agency.
   */
  async resolve(actor: AuthUser, agencyId?: string): Promise<Agency> {
    const id = agencyId ?? actor.agencyId;
    if (id) {
      assertAgency(actor, id);
      const agency = await this.agencies.findOneBy({ id });
      if (!agency) throw notFound({ vi: 'cơ quan', en: 'agency' }, id);
      return agency;
    }
    const all = await this.agencies.find({ take: 2 });
    if (all.length === 1) return all[0];
    throw fieldError(
      'agencyId',
      'isDefined',
      all.length ? '"agencyId" là bắt buộc khi có nhiều cơ quan' : 'Chưa có cơ quan nào; hãy tạo cơ quan trước',
      all.length ? 'agencyId is required when there is more than one agency' : 'No agency exists yet; create one first',
    );
  }
}
