import { formatDateVi, todayIn } from '@khung/domain';

const AGENCY_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const TIME = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: AGENCY_TIME_ZONE });

/** A moment as the agency reads it: "24/11/2026 14:05" (Vietnam time). */
export function formatDateTimeVi(iso: string): string {
  const at = new Date(iso);
  return `${formatDateVi(todayIn(AGENCY_TIME_ZONE, at))} ${TIME.format(at)}`;
}
