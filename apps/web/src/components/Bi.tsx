import type { ElementType } from 'react';
import type { Text } from '../i18n/vi';

interface BiProps {
  text: Text;
  /** The wrapping element; a span by default. */
  as?: ElementType;
  className?: string;
  /** Puts the English on its own line (table headers, narrow places). */
  stacked?: boolean;
}

/** A Vietnamese label with its English beside it, the English quieter: "Kế hoạch / Plan". */
export function Bi({ text, as: Tag = 'span', className, stacked = false }: BiProps) {
  const classes = ['bi', stacked ? 'bi--stacked' : '', className ?? ''].filter(Boolean).join(' ');
  if (text.vi === text.en) return <Tag className={classes}>{text.vi}</Tag>;
  return (
    <Tag className={classes}>
      <span lang="vi">{text.vi}</span>
      <span className="bi__sep" aria-hidden="true">
        {' / '}
      </span>
      <span className="bi__en" lang="en">
        {text.en}
      </span>
    </Tag>
  );
}
