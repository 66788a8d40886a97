import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Agency } from '@khung/data';
import type { Repository } from 'typeorm';
import { notFound } from '../common/not-found.js';
import { fieldError } from '../common/validation.js';

@Injectable()
export class AgenciesService {
  constructor(@InjectRepository(Agency) private readonly agencies: Repository<Agency>) {}

  list(): Promise<Agency[]> {
    return this.agencies.find({ order: { name: 'ASC' } });
  }

  /** The agency named by `agencyId`, or the only agency when none is named. */
  async resolve(agencyId?: string): Promise<Agency> {
    if (agencyId) {
      const agency = await this.agencies.findOneBy({ id: agencyId });
      if (!agency) throw notFound({ vi: 'cơ quan', en: 'agency' }, agencyId);
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
