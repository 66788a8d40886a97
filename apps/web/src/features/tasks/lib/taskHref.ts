/** The address of the current screen with a task open in the drawer, for links that open in a new tab. */
export function taskHref(taskId: string): string {
  const params = new URLSearchParams(window.location.search);
  params.set('task', taskId);
  return `?${params}`;
}
