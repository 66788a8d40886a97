import { mayActOnTask, roleAllows, type Action, type Actor } from '@khung/domain';
import type { TaskView, UserView } from '@khung/contracts';
import { useMemo } from 'react';
import { useUnits } from '../../units/hooks/useUnits';
import { useMe } from './useMe';

export interface Permissions {
  user: UserView;
  actor: Actor;
  can: (action: Action) => boolean;
  /** Whether the person may take the action on this task (a member: only on their units' tasks). */
  canOnTask: (action: Action, task: Pick<TaskView, 'leadUnits' | 'coordinatingUnits'>) => boolean;
}

/**
 * What the signed-in person may do, by the rules of @khung/domain, to hide what they may not
 * (the API refuses it anyway). A unit's people also act for the groups their unit is in
 * ("Các phòng chuyên môn"). Null until the person and the units are read.
 */
export function usePermissions(): Permissions | null {
  const me = useMe();
  const units = useUnits();
  return useMemo(() => {
    if (!me.data || !units.data) return null;
    const user = me.data;
    const own = new Set(user.units.map((u) => u.id));
    const groups = units.data.filter((u) => u.kind === 'group' && u.memberIds.some((id) => own.has(id))).map((g) => g.id);
    const actor: Actor = { role: user.role, agencyId: user.agencyId, unitIds: [...own, ...groups] };
    // Every task the person can read is in their agency (the API lists no other), so the
    // task's agency is the person's; an administrator (no agency) may act anywhere.
    const agencyId = user.agencyId ?? '';
    return {
      user,
      actor,
      can: (action) => roleAllows(actor.role, action),
      canOnTask: (action, task) =>
        mayActOnTask(actor, action, {
          agencyId,
          leadUnitIds: task.leadUnits.map((u) => u.id),
          coordinatingUnitIds: task.coordinatingUnits.map((u) => u.id),
        }),
    };
  }, [me.data, units.data]);
}
