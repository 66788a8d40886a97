import { describe, expect, it } from '@jest/globals';
import { resolveUnitCell, type UnitDirectoryEntry } from './unit-names.js';

const directory: UnitDirectoryEntry[] = [
  { id: 'vp', name: 'Văn phòng Sở', aliases: ['Văn phòng'] },
  { id: 'iso', name: 'Ban chỉ đạo ISO', aliases: ['BCĐ ISO'] },
  { id: 'tt', name: 'Trung tâm Khuyến công', aliases: ['Trung tâm'] },
  { id: 'pcm', name: 'Các phòng chuyên môn', aliases: ['Các phòng chuyên môn Sở'] },
  { id: 'dvtt', name: 'Đơn vị trực thuộc', aliases: ['Đơn vị thuộc Sở'] },
  { id: 'all', name: 'Các phòng, đơn vị thuộc Sở', aliases: ['Các đơn vị có liên quan'] },
];
const names = (cell: string) => resolveUnitCell(cell, directory).units.map((u) => u.id);

describe('resolveUnitCell', () => {
  it('matches names and aliases whatever the case, diacritics and spacing', () => {
    expect(names('Văn phòng')).toEqual(['vp']);
    expect(names('  VAN PHONG  SO ')).toEqual(['vp']);
    expect(names('phòng chuyên môn')).toEqual(['pcm']);
    expect(names('Các phòng chuyên môn Sở')).toEqual(['pcm']);
  });

  it('splits a cell naming several units on commas and semicolons, in order, without repeats', () => {
    expect(names('Văn phòng Sở, BCĐ ISO; đơn vị trực thuộc')).toEqual(['vp', 'iso', 'dvtt']);
    expect(names('Trung tâm, Văn phòng Sở')).toEqual(['tt', 'vp']);
    expect(names('Văn phòng, Văn phòng Sở')).toEqual(['vp']);
  });

  it('prefers a whole name that holds a comma over its parts', () => {
    expect(names('Các phòng, đơn vị thuộc Sở')).toEqual(['all']);
    expect(names('Các phòng chuyên môn, đơn vị thuộc Sở')).toEqual(['pcm', 'dvtt']);
  });

  it('returns what it cannot resolve, as written', () => {
    expect(resolveUnitCell('Văn phòng, Phòng Tài vụ; ', directory)).toEqual({ units: [{ id: 'vp', name: 'Văn phòng Sở' }], unresolved: ['Phòng Tài vụ'] });
    expect(resolveUnitCell('', directory)).toEqual({ units: [], unresolved: [] });
  });
});
