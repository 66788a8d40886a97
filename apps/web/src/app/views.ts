import type { Action } from '@khung/domain';
import type { Text } from '../i18n/vi';
import { vi } from '../i18n/vi';
import { useUrlParam } from './useUrlParam';

/** The screens of the app, as `?view=` names them. */
export type View = 'board' | 'dashboard' | 'plan' | 'inbox' | 'admin';

export const VIEWS: { view: View; text: Text; needs?: Action }[] = [
  { view: 'board', text: vi.nav.board },
  { view: 'dashboard', text: vi.nav.dashboard },
  { view: 'plan', text: vi.nav.plan },
  { view: 'inbox', text: vi.nav.inbox },
  { view: 'admin', text: vi.nav.admin, needs: 'user.manage' },
];

function isView(value: string | null): value is View {
  return VIEWS.some((v) => v.view === value);
}

/** The current screen (the board when none or an unknown one is named) and a way to go to another. */
export function useView(): [View, (view: View) => void] {
  const [value, setValue] = useUrlParam('view', { push: true });
  return [isView(value) ? value : 'board', setValue];
}

/** The task open in the drawer, `?task=`. */
export function useOpenTask(): [string | null, (taskId: string | null) => void] {
  return useUrlParam('task', { push: true });
}
