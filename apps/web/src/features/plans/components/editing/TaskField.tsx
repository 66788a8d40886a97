import type { TaskView } from '@khung/contracts';
import { vi } from '../../../../i18n/vi';
import { useUpdateTask, type TaskChange } from '../../../tasks/hooks/useTask';
import { ActivityList, CellText, DeadlineCell, UnitCell } from '../TaskCells';
import { DeadlineEditor } from './DeadlineEditor';
import { EditableCell } from './EditableCell';
import { TextEditor } from './TextEditor';
import { UnitsEditor } from './UnitsEditor';

export type TaskFieldName = 'text' | 'activities' | 'output' | 'lead' | 'coordinators' | 'deadline' | 'budget';

const c = vi.appendix.columns;

/** Activities typed one a line; a line kept as it was keeps its tick. */
function activitiesOf(lines: string, before: TaskView['activities']): NonNullable<TaskChange['activities']> {
  return lines
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((text) => ({ text, done: before.find((a) => a.text === text)?.done ?? false }));
}

/** One cell of a task row: shown as the appendix writes it and, for a coordinator, editable in place. */
export function TaskField({ task, field, editable }: { task: TaskView; field: TaskFieldName; editable: boolean }) {
  const update = useUpdateTask();
  const save = (change: TaskChange) => update.mutateAsync({ task, change });

  switch (field) {
    case 'text':
    case 'output':
    case 'budget': {
      const value = field === 'budget' ? task.budget : task[field];
      const key = field === 'budget' ? 'budgetText' : field;
      return (
        <EditableCell label={c[field === 'text' ? 'task' : field]} editable={editable} editor={(done) => <TextEditor label={c[field === 'text' ? 'task' : field]} initial={value} save={(v) => save({ [key]: v })} onDone={done} />}>
          <CellText text={value} />
        </EditableCell>
      );
    }
    case 'activities':
      return (
        <EditableCell
          label={c.activities}
          editable={editable}
          editor={(done) => (
            <TextEditor
              label={c.activities}
              initial={task.activities.map((a) => a.text).join('\n')}
              rows={5}
              save={(v) => save({ activities: activitiesOf(v, task.activities) })}
              onDone={done}
            />
          )}
        >
          <ActivityList activities={task.activities} />
        </EditableCell>
      );
    case 'lead':
    case 'coordinators': {
      const units = field === 'lead' ? task.leadUnits : task.coordinatingUnits;
      const key = field === 'lead' ? 'leadUnitIds' : 'coordinatingUnitIds';
      return (
        <EditableCell label={c[field]} editable={editable} editor={(done) => <UnitsEditor label={c[field]} selected={units} save={(ids) => save({ [key]: ids })} onDone={done} />}>
          <UnitCell units={units} text={field === 'lead' ? task.leadText : task.coordinatorsText} />
        </EditableCell>
      );
    }
    case 'deadline':
      return (
        <EditableCell label={c.deadline} editable={editable} editor={(done) => <DeadlineEditor task={task} save={save} onDone={done} />}>
          <DeadlineCell deadline={task.deadline} />
        </EditableCell>
      );
  }
}
