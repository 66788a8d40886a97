/**
 * Who may do what on the board. Roles are per person; unit membership narrows what a unit
 * member may change. The API enforces these rules on every request; the web app uses the same
 * functions only to hide buttons.
 */
export type Role = 'admin' | 'coordinator' | 'leader' | 'member' | 'viewer';

export const ROLES: Role[] = ['admin', 'coordinator', 'leader', 'member', 'viewer'];

export type Action =
  | 'read' // the agency's plans, tasks, units, figures, history
  | 'plan.manage' // plans, sections, objectives, tasks' text, units, deadlines, imports, copies
  | 'user.manage' // people of the agency
  | 'task.progress' // record progress and evidence (lead units only, for members)
  | 'task.comment' // comment (lead or coordinating units only, for members)
  | 'admin.operate'; // operations: queues, reminder sweeps, every agency

const ALLOWED: Record<Role, Action[]> = {
  admin: ['read', 'plan.manage', 'user.manage', 'task.progress', 'task.comment', 'admin.operate'],
  coordinator: ['read', 'plan.manage', 'user.manage', 'task.progress', 'task.comment'],
  leader: ['read', 'task.comment'],
  member: ['read', 'task.progress', 'task.comment'],
  viewer: ['read'],
};

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  coordinator: { vi: 'Văn phòng (điều phối)', en: 'Coordinator' },
  leader: { vi: 'Lãnh đạo', en: 'Leadership' },
  member: { vi: 'Cán bộ đơn vị', en: 'Unit member' },
  viewer: { vi: 'Chỉ xem', en: 'Viewer' },
};

export function roleAllows(role: Role, action: Action): boolean {
  return ALLOWED[role].includes(action);
}

export interface Actor {
  role: Role;
  /** null for an administrator of the whole installation. */
  agencyId: string | null;
  /** The units the person belongs to, with the groups those units are in. */
  unitIds: string[];
}

export interface TaskScope {
  agencyId: string;
  leadUnitIds: string[];
  coordinatingUnitIds: string[];
}

/** Whether a person may see data of an agency at all. */
export function inAgency(actor: Actor, agencyId: string): boolean {
  return actor.role === 'admin' || actor.agencyId === agencyId;
}

/**
 * Whether a person may take an action on a task: the role must allow it, the task must be in
 * their agency, and a unit member only acts on tasks of their units (progress: as lead;
 * comments: as lead or coordinator).
 */
export function mayActOnTask(actor: Actor, action: Action, task: TaskScope): boolean {
  if (!roleAllows(actor.role, action) || !inAgency(actor, task.agencyId)) return false;
  if (actor.role !== 'member') return true;
  const mine = (ids: string[]) => ids.some((id) => actor.unitIds.includes(id));
  if (action === 'task.progress') return mine(task.leadUnitIds);
  if (action === 'task.comment') return mine(task.leadUnitIds) || mine(task.coordinatingUnitIds);
  return action === 'read';
}
