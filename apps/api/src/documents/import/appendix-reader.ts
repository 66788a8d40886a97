import { foldText } from '@khung/domain';
import { columnRoleOf, type ColumnRole } from '../appendix-columns.js';
import { fileError } from './file-errors.js';
import type { CellLine, SourceCell, SourceRow, SourceTable, Where } from './source-table.js';

/** The appendix in the shape of ImportPlanDto, before validation. */
export interface PlainTask {
  text: string;
  activities: string[];
  output: string;
  lead: string;
  coordinators: string;
  deadline: string;
  budget: string;
}

export interface PlainObjective {
  number: number;
  text: string;
  tasks: PlainTask[];
}

export interface PlainSection {
  code: string;
  title: string;
  subsections?: PlainSection[];
  objectives: PlainObjective[];
  /** Tasks straight under the section, in layouts without a "Mục tiêu" column. */
  tasks?: PlainTask[];
}

export interface ReadAppendix {
  /** From the title ("… năm 2026"), else the year most deadlines name. */
  year: number | undefined;
  sections: PlainSection[];
  /** Where each section, objective and task came from, by its path in the DTO ("sections[0].objectives[1]"). */
  locations: Map<string, Where>;
}

type Columns = Partial<Record<ColumnRole, number>>;

/** Rows searched for the header at the top of a table (title rows come first in a sheet). */
const HEADER_SEARCH_ROWS = 30;
/** I, II…; A, B…; 1, 2…; 7.1 */
const CODE = /^(?:[IVXLC]+|[A-Z]|\d+(?:\.\d+)*)$/;
const CODE_PREFIX = /^([IVXLC]+|[A-Z]|\d+(?:\.\d+)*)[.)]?\s+(\S[\s\S]*)$/;
/** "- ", "+ ", "• " and their cousins at the start of a line. */
const BULLET = /^\s*(?:[-–—+*]\s+|[•·●○▪■◦]\s*)/;
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;

const textOf = (lines: CellLine[] | undefined, separator = '\n') =>
  (lines ?? []).map((l) => l.text.trim()).filter(Boolean).join(separator);

/**
 * Reads a plan appendix from the tables of a Word document or the sheets of a workbook. Columns
 * are found by their header text (extra columns are ignored); vertically merged cells carry
 * their value down; header rows repeated after a page break and rows of column numbers are
 * skipped; section rows are recognised by their code (I, A, 1, 7.1) and their look (a cell
 * spanning columns, bold or upper-case text); without a "Mục tiêu" column tasks sit straight
 * under their section. Throws a 400 naming where it looked when there is no appendix table.
 */
export function readAppendix(tables: SourceTable[]): ReadAppendix {
  const builder = new AppendixBuilder();
  const preamble: string[] = [];
  for (const table of tables) {
    const header = findHeader(table);
    if (!header) continue;
    if (!builder.started) preamble.push(...table.preamble, ...table.rows.slice(0, header.row).map((r) => rowText(r.cells)));
    builder.readRows(table.rows.slice(header.row + header.height), header.columns);
  }
  if (!builder.started) {
    const searched = tables.map((t) => t.where);
    throw fileError(
      'noTable',
      'Không tìm thấy bảng phụ lục: cần một dòng tiêu đề có cột "Nhiệm vụ" và cột "Chủ trì" hoặc "Thời gian hoàn thành"',
      'No appendix table found: it needs a header row with a "Nhiệm vụ" column and a "Chủ trì" or "Thời gian hoàn thành" column',
      searched.length
        ? { vi: `đã tìm trong ${searched.map((w) => w.vi).join(', ')}`, en: `searched ${searched.map((w) => w.en).join(', ')}` }
        : { vi: 'tệp không có bảng nào', en: 'the file has no table' },
    );
  }
  if (builder.taskCount === 0) {
    throw fileError('noTasks', 'Bảng phụ lục không có nhiệm vụ nào', 'The appendix table has no tasks', builder.firstWhere);
  }
  return { year: yearOf(preamble, builder.deadlines), sections: builder.sections, locations: builder.locations };
}

function rowText(cells: (SourceCell | undefined)[]): string {
  return cells.map((c) => textOf(c?.lines, ' ')).filter(Boolean).join(' ');
}

/** The columns a row names by header text, each role at its first column. */
function headerColumns(row: SourceRow): { columns: Columns; unknown: number } {
  const columns: Columns = {};
  let unknown = 0;
  row.cells.forEach((cell, col) => {
    const text = cell && !cell.mergedFromAbove ? textOf(cell.lines, ' ') : '';
    if (!text) return;
    const role = columnRoleOf(text);
    if (role === undefined) unknown++;
    else columns[role] ??= col;
  });
  return { columns, unknown };
}

/**
 * The header row and its columns. A two-row header ("Đơn vị thực hiện" over "Chủ trì" and
 * "Phối hợp") is read as one when the second row holds headers only.
 */
function findHeader(table: SourceTable): { row: number; height: number; columns: Columns } | undefined {
  for (let r = 0; r < Math.min(table.rows.length, HEADER_SEARCH_ROWS); r++) {
    const { columns } = headerColumns(table.rows[r]);
    const below = r + 1 < table.rows.length ? headerColumns(table.rows[r + 1]) : undefined;
    const twoRows = Object.keys(columns).length > 0 && below !== undefined && below.unknown === 0 && Object.keys(below.columns).length > 0;
    const merged = twoRows ? { ...columns, ...below.columns } : columns;
    if (merged.task !== undefined && (merged.lead !== undefined || merged.deadline !== undefined)) {
      return { row: r, height: twoRows ? 2 : 1, columns: merged };
    }
  }
  return undefined;
}

function activitiesOf(lines: CellLine[]): string[] {
  const meaningful = lines.filter((l) => l.text.trim());
  const isBullet = (l: CellLine) => l.listItem || BULLET.test(l.text);
  if (!meaningful.some(isBullet)) return meaningful.length ? [textOf(meaningful)] : [];
  const items: string[] = [];
  for (const line of meaningful) {
    const text = line.text.replace(BULLET, '').trim();
    // A line without a bullet continues the activity above it.
    if (isBullet(line) || items.length === 0) items.push(text);
    else items[items.length - 1] += `\n${text}`;
  }
  return items;
}

function yearOf(preamble: string[], deadlines: string[]): number | undefined {
  const titled = /\bnam\s+(\d{4})\b/.exec(foldText(preamble.join(' ')));
  if (titled) return Number(titled[1]);
  const counts = new Map<number, number>();
  for (const year of deadlines.flatMap((d) => d.match(/(?<!\d)20\d{2}(?!\d)/g) ?? [])) counts.set(Number(year), (counts.get(Number(year)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

type CodeKind = 'roman' | 'letter' | 'arabic' | 'dotted';

interface RowValue {
  lines: CellLine[];
  /** Carried down from a vertically merged cell above. */
  merged: boolean;
}

/** Builds the sections, objectives and tasks row by row, remembering where each came from. */
class AppendixBuilder {
  readonly sections: PlainSection[] = [];
  readonly locations = new Map<string, Where>();
  readonly deadlines: string[] = [];
  taskCount = 0;
  started = false;
  firstWhere: Where | undefined;

  private topKind: CodeKind | undefined;
  private top: { section: PlainSection; path: string } | undefined;
  private current: { section: PlainSection; path: string } | undefined;
  private objective: { objective: PlainObjective; path: string } | undefined;
  private lastTask: PlainTask | undefined;

  readRows(rows: SourceRow[], columns: Columns): void {
    this.started = true;
    this.firstWhere ??= rows[0]?.where;
    const carried: CellLine[][] = [];
    for (const row of rows) {
      const values = row.cells.map((cell, col): RowValue | undefined => {
        if (!cell) {
          carried[col] = [];
          return undefined;
        }
        if (cell.mergedFromAbove) return { lines: carried[col] ?? [], merged: true };
        carried[col] = cell.lines;
        return { lines: cell.lines, merged: false };
      });
      const fresh = row.cells.flatMap((cell) => (cell && !cell.mergedFromAbove && textOf(cell.lines) ? [{ cell, text: textOf(cell.lines, ' ') }] : []));
      if (fresh.length === 0) continue;
      if (Object.keys(headerColumns(row).columns).length >= 2) continue; // the header again, after a page break
      if (fresh.length >= 3 && fresh.every((f) => COLUMN_NUMBER.test(f.text))) continue; // (1) (2) (3)…
      const section = sectionOf(fresh);
      if (section) this.addSection(section.code, section.title, row.where);
      else this.addTaskRow(values, columns, row.where);
    }
  }

  /** "I", "V", "X", "C" are Roman numerals unless they are the letter that follows the last lettered section. */
  private kindOf(code: string): CodeKind {
    if (code.includes('.')) return 'dotted';
    const lastLetter = this.topKind === 'letter' ? this.top?.section.code : undefined;
    if (lastLetter && code === String.fromCharCode(lastLetter.charCodeAt(0) + 1)) return 'letter';
    if (/^[IVXLC]+$/.test(code)) return 'roman';
    return /^[A-Z]$/.test(code) ? 'letter' : 'arabic';
  }

  /** The first numbering seen is the top level; another one (or 7.1 under VII) is a sub-section. */
  private addSection(code: string, title: string, where: Where): void {
    const kind = this.kindOf(code);
    this.topKind ??= kind;
    if (this.top && kind !== this.topKind) {
      const subsections = (this.top.section.subsections ??= []);
      this.current = { section: { code, title, objectives: [] }, path: `${this.top.path}.subsections[${subsections.length}]` };
      subsections.push(this.current.section);
    } else {
      this.top = this.current = { section: { code, title, subsections: [], objectives: [] }, path: `sections[${this.sections.length}]` };
      this.sections.push(this.current.section);
    }
    this.locations.set(this.current.path, where);
    this.objective = undefined;
    this.lastTask = undefined;
  }

  private addTaskRow(values: (RowValue | undefined)[], columns: Columns, where: Where): void {
    const value = (role: ColumnRole) => (columns[role] === undefined ? undefined : values[columns[role]]);
    const text = (role: ColumnRole, separator = '\n') => textOf(value(role)?.lines, separator);
    if (!this.current) this.addSection('I', 'Nhiệm vụ', where); // a table without section rows

    const objectiveChanged = columns.objective !== undefined && this.readObjective(value('objective'), value('number'), where);
    const task: PlainTask = {
      text: text('task'),
      activities: activitiesOf(value('activities')?.lines ?? []),
      output: text('output'),
      lead: text('lead'),
      coordinators: text('coordinators'),
      deadline: text('deadline', ' '),
      budget: text('budget', ' '),
    };
    if (this.lastTask && !objectiveChanged && (value('task')?.merged || !task.text)) {
      this.continueTask(this.lastTask, task, values, columns);
      return;
    }
    if (!task.text && !task.lead && task.activities.length === 0) return; // no task here: an objective alone, a stray note
    const container = this.objective
      ? { tasks: this.objective.objective.tasks, path: this.objective.path }
      : { tasks: (this.current!.section.tasks ??= []), path: this.current!.path };
    this.locations.set(`${container.path}.tasks[${container.tasks.length}]`, where);
    container.tasks.push(task);
    this.deadlines.push(task.deadline);
    this.lastTask = task;
    this.taskCount++;
  }

  /**
   * Starts a new objective when the row has one of its own; an objective cell merged from above,
   * left blank or repeating the same text keeps the current one. Returns whether it changed.
   */
  private readObjective(cell: RowValue | undefined, numberCell: RowValue | undefined, where: Where): boolean {
    const text = textOf(cell?.lines);
    if (!cell || cell.merged || !text) return false;
    const written = numberCell && !numberCell.merged ? textOf(numberCell.lines).replace(/\.$/, '') : '';
    const current = this.objective?.objective;
    if (current && foldText(current.text) === foldText(text) && (!written || Number(written) === current.number)) return false;
    const objectives = this.current!.section.objectives;
    const objective = { number: /^\d+$/.test(written) ? Number(written) : objectives.length + 1, text, tasks: [] };
    this.objective = { objective, path: `${this.current!.path}.objectives[${objectives.length}]` };
    this.locations.set(this.objective.path, where);
    objectives.push(objective);
    this.lastTask = undefined;
    return true;
  }

  /** A row that continues the task above (its task cell merged or blank) adds to its cells. */
  private continueTask(task: PlainTask, row: PlainTask, values: (RowValue | undefined)[], columns: Columns): void {
    task.activities.push(...(columns.activities !== undefined && values[columns.activities]?.merged ? [] : row.activities));
    for (const field of ['output', 'lead', 'coordinators', 'deadline', 'budget'] as const) {
      const column = columns[field];
      if (column === undefined || values[column]?.merged || !row[field] || task[field] === row[field]) continue;
      task[field] = task[field] ? `${task[field]}\n${row[field]}` : row[field];
    }
  }
}

/** A section row: a code and a title, nothing else, looking like a heading. */
function sectionOf(fresh: { cell: SourceCell; text: string }[]): { code: string; title: string } | undefined {
  let code: string;
  let title: string;
  const [first, second] = fresh;
  if (fresh.length === 2) {
    code = first.text.replace(/\.$/, '');
    title = second.text;
    if (!CODE.test(code)) return undefined;
  } else if (fresh.length === 1) {
    const m = CODE_PREFIX.exec(first.text);
    if (!m) return undefined;
    [code, title] = [m[1], m[2]];
  } else {
    return undefined;
  }
  const titleCell = (second ?? first).cell;
  const upper = /\p{Lu}/u.test(title) && title === title.toLocaleUpperCase('vi');
  const heading = titleCell.span > 1 || titleCell.bold || upper || !/^\d+$/.test(code);
  return heading ? { code, title } : undefined;
}
