import { formatDateVi, reminderPhraseVi, type Reminder } from '@khung/domain';

export interface ReminderMailInput {
  reminder: Reminder;
  fullName: string;
  taskId: string;
  taskText: string;
  deadlineText: string;
  planTitle: string;
  /** The person's unit leads the task, or coordinates it. */
  role: 'lead' | 'coordinating';
  /** Where the board is served, e.g. https://khung.example.vn */
  publicUrl: string;
}

const SUBJECT_TASK_LENGTH = 90;

/** The reminder e-mail, in Vietnamese: subject, plain text and the link to the task. */
export function reminderMail(input: ReminderMailInput): { subject: string; text: string; link: string } {
  const { reminder } = input;
  const link = `${input.publicUrl.replace(/\/+$/, '')}/?task=${input.taskId}`;
  const task = input.taskText.replace(/\s+/g, ' ').trim();
  const shortTask = task.length > SUBJECT_TASK_LENGTH ? `${task.slice(0, SUBJECT_TASK_LENGTH - 1).trimEnd()}…` : task;
  const phrase = reminderPhraseVi(reminder);
  const subject = `[Khung] Nhắc việc: ${phrase[0]!.toUpperCase()}${phrase.slice(1)} — ${shortTask}`;
  const deadline = reminder.kind === 'period_end'
    ? `${input.deadlineText} (kỳ báo cáo kết thúc ngày ${formatDateVi(reminder.dueOn)})`
    : `${input.deadlineText || 'Theo ngày được giao'} (hạn ${formatDateVi(reminder.dueOn)})`;
  const why = input.role === 'lead' ? 'đơn vị của anh/chị chủ trì nhiệm vụ này' : 'đơn vị của anh/chị phối hợp thực hiện nhiệm vụ này';
  const text = [
    `Kính gửi ${input.fullName || 'anh/chị'},`,
    '',
    `Nhiệm vụ: ${task}`,
    `Kế hoạch: ${input.planTitle}`,
    `Thời hạn: ${deadline}`,
    `Tình trạng: ${phrase}`,
    '',
    `Xem và cập nhật tiến độ: ${link}`,
    '',
    `Anh/chị nhận thư này vì ${why}. Có thể tắt nhắc việc qua thư trong phần thông tin cá nhân trên Khung; nhắc việc vẫn hiện trong hộp thông báo.`,
    '',
    'Khung — bảng theo dõi kế hoạch',
  ].join('\n');
  return { subject, text, link };
}
