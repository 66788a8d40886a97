import { Bi } from '../../../components/Bi';
import { vi, type Text } from '../../../i18n/vi';

interface FigureTileProps {
  label: Text;
  value: string;
  /** A second line: "3/8", or what the number counts. */
  detail?: string | Text;
  tone?: 'red' | 'amber';
  onShow: () => void;
  testId: string;
}

/** One figure of the report as a button: choosing it lists the tasks behind it. */
export function FigureTile({ label, value, detail, tone, onShow, testId }: FigureTileProps) {
  return (
    <button type="button" className={tone ? `tile tile--${tone}` : 'tile'} onClick={onShow} data-testid={testId} title={`${vi.dashboard.showTasks.vi} / ${vi.dashboard.showTasks.en}`}>
      <Bi className="tile__label" text={label} stacked />
      <span className="tile__value" data-testid={`${testId}-value`}>
        {value}
      </span>
      {detail && <span className="tile__detail">{typeof detail === 'string' ? detail : <Bi text={detail} />}</span>}
    </button>
  );
}
