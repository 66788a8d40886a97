import type { PeriodReport, PlanTree, ReportTable, SectionNode, TaskView } from '@khung/contracts';
import { daysBetween, formatDateVi, formatNumberVi as n, type PlanFigures } from '@khung/domain';

const TASKS = 'Nhiệm vụ';

function tasksOf(section: SectionNode): TaskView[] {
  return [...section.tasks, ...section.objectives.flatMap((o) => o.tasks), ...section.subsections.flatMap(tasksOf)];
}

/** The Phụ lục 1B rows the board computes, worded as in the agencies' quarterly reports. */
function indicators(f: PlanFigures): ReportTable {
  const completedNote = [
    `${n(f.period.completed)}/${n(f.period.due)} nhiệm vụ đến hạn trong kỳ đã hoàn thành`,
    f.notYetDue ? `còn ${n(f.notYetDue)} nhiệm vụ chưa đến hạn` : '',
    f.overdue ? `${n(f.overdue)} nhiệm vụ quá hạn` : '',
    f.recurring.total ? `${n(f.recurring.total)} nhiệm vụ thường xuyên` : '',
  ];
  return {
    key: 'indicators',
    title: 'Thống kê số liệu',
    columns: ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu', 'Ghi chú'],
    rows: [
      ['1.2', 'Tỷ lệ hoàn thành Kế hoạch CCHC năm', '%', f.ratio === null ? '—' : n(f.ratio), f.summaryVi],
      ['1.2.1', 'Số nhiệm vụ đề ra trong kế hoạch', TASKS, n(f.inPlan), `${n(f.inPlan)} nhiệm vụ trọng tâm`],
      ['1.2.2', 'Số nhiệm vụ đã hoàn thành', TASKS, n(f.completed), completedNote.filter(Boolean).join('; ')],
      ['1.5', 'Thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao', '', '', ''],
      ['1.5.1', 'Tổng số nhiệm vụ được giao', TASKS, n(f.assigned.total), ''],
      ['1.5.2', 'Số nhiệm vụ đã hoàn thành đúng hạn', TASKS, n(f.assigned.onTime), ''],
      ['1.5.3', 'Số nhiệm vụ đã hoàn thành nhưng quá hạn', TASKS, n(f.assigned.late), ''],
      ['1.5.4', 'Số nhiệm vụ quá hạn nhưng chưa hoàn thành', TASKS, n(f.assigned.overdueNotDone), ''],
    ],
  };
}

function byUnit(f: PlanFigures): ReportTable {
  return {
    key: 'byUnit',
    title: 'Kết quả thực hiện theo đơn vị chủ trì',
    columns: ['STT', 'Đơn vị chủ trì', 'Nhiệm vụ đề ra', 'Đã hoàn thành', 'Tỷ lệ hoàn thành', 'Đến hạn trong kỳ', 'Hoàn thành trong kỳ', 'Quá hạn', 'Chưa đến hạn'],
    rows: f.byUnit.map((u, i) => [
      n(i + 1),
      u.unitName,
      n(u.inPlan),
      n(u.completed),
      u.ratioText,
      n(u.period.due),
      n(u.period.completed),
      n(u.overdue),
      n(u.notYetDue),
    ]),
  };
}

/** Plan tasks past due and tasks assigned from above overdue and not done, on the report's day. */
function overdue(plan: PlanTree, f: PlanFigures): ReportTable {
  const tasks = new Map([...plan.sections.flatMap(tasksOf), ...plan.assignedTasks].map((t) => [t.id, t]));
  const late = [...f.taskIds.overdue, ...f.taskIds.assignedOverdueNotDone].flatMap((id) => tasks.get(id) ?? []);
  return {
    key: 'overdue',
    title: `Nhiệm vụ quá hạn (tính đến ngày ${formatDateVi(f.asOf)})`,
    columns: ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Hạn', 'Số ngày quá hạn', 'Nguồn'],
    rows: late.map((t, i) => [
      n(i + 1),
      t.text,
      t.leadUnits.map((u) => u.name).join(', ') || t.leadText,
      t.deadline.text,
      formatDateVi(t.deadline.due),
      n(daysBetween(t.deadline.due!, f.asOf)),
      t.source ? `UBND tỉnh giao${t.source.number ? ` (${t.source.number})` : ''}` : 'Kế hoạch',
    ]),
  };
}

/** The period report of a plan from the figures the stats service computed; nothing is recounted here. */
export function periodReport(plan: PlanTree, f: PlanFigures): PeriodReport {
  return {
    planId: plan.id,
    heading: [
      'Phụ lục 1B',
      'THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC',
      `${f.period.labelVi} — ${plan.title}${plan.number ? ` (số ${plan.number})` : ''}`,
      `(Số liệu tính đến ngày ${formatDateVi(f.asOf)})`,
    ],
    period: { code: f.period.code, from: f.period.from, to: f.period.to, labelVi: f.period.labelVi },
    asOf: f.asOf,
    summaryVi: f.summaryVi,
    tables: [indicators(f), byUnit(f), overdue(plan, f)],
  };
}
