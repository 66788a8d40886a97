import { calendarPeriodCodes, currentPeriodCode, parsePeriod, todayIn } from '@khung/domain';
import { useUrlParam } from '../app/useUrlParam';
import { vi, type Text } from '../i18n/vi';
import { FilterSelect } from './FilterSelect';

/** The quarter of today when it falls in the plan's year, else the whole year. */
export function defaultPeriod(year: number): string {
  const current = currentPeriodCode(todayIn());
  return current.startsWith(`${year}-`) ? current : String(year);
}

/** The reporting period in the URL (`?period=2026-Q1`) when it is one of the plan's year; null when none is chosen. */
export function usePeriodParam(year: number): [string | null, (code: string | null) => void] {
  const [value, setValue] = useUrlParam('period');
  return [value && calendarPeriodCodes(year).includes(value) ? value : null, setValue];
}

interface PeriodSelectProps {
  year: number;
  value: string;
  onChange: (code: string) => void;
  /** An option before the periods, e.g. the board's "every task" (value ''). */
  none?: Text;
}

/** The calendar periods of the plan's year: quarters, 6 and 9 months, the year. */
export function PeriodSelect({ year, value, onChange, none }: PeriodSelectProps) {
  const periods = calendarPeriodCodes(year).map((code) => {
    const period = parsePeriod(code);
    return { value: code, text: { vi: period.labelVi, en: period.labelEn } };
  });
  return (
    <FilterSelect
      label={vi.filters.period}
      value={value}
      onChange={onChange}
      options={none ? [{ value: '', text: none }, ...periods] : periods}
      testId="period-select"
    />
  );
}
