import { foldText, normalizeText } from './text.js';

export interface UnitDirectoryEntry {
  id: string;
  name: string;
  aliases: string[];
}

export interface ResolvedUnitCell {
  units: { id: string; name: string }[];
  /** Parts of the cell that name no known unit, alias or group, as written. */
  unresolved: string[];
}

/** Matching key of a unit name: no diacritics, no case, no "Các" in front, no trailing dot. */
function unitKey(name: string): string {
  return foldText(name)
    .replace(/[.;,]+$/, '')
    .replace(/^cac /, '')
    .trim();
}

/**
 * Resolves a Chủ trì / Phối hợp cell ("Văn phòng Sở, BCĐ ISO; đơn vị trực thuộc") against an
 * agency's units, aliases and groups. The cell is split on commas and semicolons, and the
 * longest run of consecutive parts that names a unit wins, so a name that itself holds a comma
 * ("Các phòng, đơn vị thuộc Sở") is still found whole. Nothing is dropped: what matches no
 * name is returned in `unresolved`.
 */
export function resolveUnitCell(cell: string, directory: UnitDirectoryEntry[]): ResolvedUnitCell {
  const byKey = new Map<string, { id: string; name: string }>();
  for (const entry of directory) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = unitKey(name);
      if (key && !byKey.has(key)) byKey.set(key, { id: entry.id, name: entry.name });
    }
  }
  const parts = normalizeText(cell)
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const units: ResolvedUnitCell['units'] = [];
  const unresolved: string[] = [];
  for (let i = 0; i < parts.length; ) {
    let matched = 0;
    for (let j = parts.length; j > i && !matched; j--) {
      const unit = byKey.get(unitKey(parts.slice(i, j).join(', ')));
      if (unit) {
        if (!units.some((u) => u.id === unit.id)) units.push(unit);
        matched = j - i;
      }
    }
    if (!matched) {
      unresolved.push(parts[i]);
      matched = 1;
    }
    i += matched;
  }
  return { units, unresolved };
}
