// Helpers for the tests of Word and Excel in and out (apps/api/src/documents).
import type { PlanTree } from '@khung/contracts';
import { crc32, deflateRawSync } from 'node:zlib';
import type { TestApi } from './test-api.js';

/** Downloads a file from the API. */
export async function download(api: TestApi, path: string) {
  const response = await fetch(api.baseUrl + path, { headers: { authorization: `Bearer ${api.token}` } });
  return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), body: Buffer.from(await response.arrayBuffer()) };
}

/** What an appendix says, without ids, dates of change or progress: what must survive a round trip. */
export function appendixOf(tree: PlanTree) {
  const task = (t: PlanTree['assignedTasks'][number]) => ({
    text: t.text,
    activities: t.activities.map((a) => a.text),
    output: t.output,
    leadText: t.leadText,
    coordinatorsText: t.coordinatorsText,
    leadUnits: t.leadUnits.map((u) => u.name),
    coordinatingUnits: t.coordinatingUnits.map((u) => u.name),
    deadline: { text: t.deadline.text, kind: t.deadline.kind, start: t.deadline.start, derivedDue: t.deadline.derivedDue },
    budget: t.budget,
  });
  const section = (s: PlanTree['sections'][number]): unknown => ({
    code: s.code,
    title: s.title,
    tasks: s.tasks.map(task),
    objectives: s.objectives.map((o) => ({ number: o.number, text: o.text, tasks: o.tasks.map(task) })),
    subsections: s.subsections.map(section),
  });
  return { year: tree.year, taskCount: tree.taskCount, sections: tree.sections.map(section) };
}

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** The uncompressed size to declare, when it should lie. */
  declaredSize?: number;
}

/** A deflated zip written by hand, so that a test can make it lie about its sizes. */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const packed = deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(0, at + 2); // flags
      header.writeUInt16LE(8, at + 4); // deflate
      header.writeUInt32LE(0, at + 6); // time, date
      header.writeUInt32LE(crc32(entry.data), at + 10);
      header.writeUInt32LE(packed.length, at + 14);
      header.writeUInt32LE(size, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
