import { describe, expect, it } from '@jest/globals';
import { reminderMail } from './reminder-mail.js';

const base = {
  fullName: 'Nguyễn Văn An',
  taskId: '6f1c2b1e-0000-4000-8000-000000000001',
  taskText: 'Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026',
  deadlineText: 'Trước ngày 15/01/2026',
  planTitle: 'Kế hoạch CCHC năm 2026',
  role: 'lead' as const,
  publicUrl: 'https://khung.example.vn/',
};

describe('reminderMail', () => {
  it('names the task, the deadline as written with its date, and links to the task', () => {
    const mail = reminderMail({ ...base, reminder: { kind: 'before_due', dueOn: '2026-01-15', days: 7 } });
    expect(mail.subject).toBe('[Khung] Nhắc việc: Còn 7 ngày đến hạn — Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026');
    expect(mail.link).toBe('https://khung.example.vn/?task=6f1c2b1e-0000-4000-8000-000000000001');
    expect(mail.text).toContain('Kính gửi Nguyễn Văn An,');
    expect(mail.text).toContain('Thời hạn: Trước ngày 15/01/2026 (hạn 15/01/2026)');
    expect(mail.text).toContain(`Xem và cập nhật tiến độ: ${mail.link}`);
    expect(mail.text).toContain('đơn vị của anh/chị chủ trì');
  });

  it('words overdue, due-today and period-end reminders, and shortens long tasks in the subject', () => {
    const long = 'Nhiệm vụ '.repeat(30);
    const overdue = reminderMail({ ...base, taskText: long, role: 'coordinating', reminder: { kind: 'overdue', dueOn: '2026-01-15', days: 14 } });
    expect(overdue.subject).toMatch(/^\[Khung\] Nhắc việc: Đã quá hạn 14 ngày — Nhiệm vụ .*…$/);
    expect(overdue.subject.length).toBeLessThan(140);
    expect(overdue.text).toContain('phối hợp');
    expect(reminderMail({ ...base, reminder: { kind: 'due_today', dueOn: '2026-01-15', days: 0 } }).subject).toContain('Đến hạn hôm nay');
    const period = reminderMail({ ...base, deadlineText: 'Thường xuyên', reminder: { kind: 'period_end', dueOn: '2026-03-31', days: 7 } });
    expect(period.text).toContain('Thời hạn: Thường xuyên (kỳ báo cáo kết thúc ngày 31/03/2026)');
  });
});
