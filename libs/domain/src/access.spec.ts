import { describe, expect, it } from '@jest/globals';
import { mayActOnTask, roleAllows, ROLES, type Action, type Actor } from './access.js';

const task = { agencyId: 'a1', leadUnitIds: ['vp'], coordinatingUnitIds: ['pcm'] };
const actor = (role: Actor['role'], unitIds: string[] = [], agencyId: string | null = 'a1'): Actor => ({ role, agencyId, unitIds });

describe('access rules', () => {
  it('gives each role its actions and nothing more', () => {
    const table = Object.fromEntries(
      ROLES.map((role) => [role, (['read', 'plan.manage', 'user.manage', 'task.progress', 'task.comment', 'admin.operate'] as Action[]).filter((a) => roleAllows(role, a))]),
    );
    expect(table).toEqual({
      admin: ['read', 'plan.manage', 'user.manage', 'task.progress', 'task.comment', 'admin.operate'],
      coordinator: ['read', 'plan.manage', 'user.manage', 'task.progress', 'task.comment'],
      leader: ['read', 'task.comment'],
      member: ['read', 'task.progress', 'task.comment'],
      viewer: ['read'],
    });
  });

  it('lets a unit member record progress only where the unit leads, and comment where it leads or coordinates', () => {
    expect(mayActOnTask(actor('member', ['vp']), 'task.progress', task)).toBe(true);
    expect(mayActOnTask(actor('member', ['pcm']), 'task.progress', task)).toBe(false);
    expect(mayActOnTask(actor('member', ['pcm']), 'task.comment', task)).toBe(true);
    expect(mayActOnTask(actor('member', ['other']), 'task.comment', task)).toBe(false);
    expect(mayActOnTask(actor('member', ['other']), 'read', task)).toBe(true);
  });

  it('keeps everyone but the administrator inside their agency', () => {
    for (const role of ['coordinator', 'leader', 'member', 'viewer'] as const) {
      expect(mayActOnTask(actor(role, ['vp'], 'a2'), 'read', task)).toBe(false);
    }
    expect(mayActOnTask(actor('admin', [], null), 'task.progress', task)).toBe(true);
    expect(mayActOnTask(actor('leader'), 'task.progress', task)).toBe(false);
    expect(mayActOnTask(actor('viewer'), 'task.comment', task)).toBe(false);
  });
});
