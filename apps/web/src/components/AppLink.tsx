import type { AnchorHTMLAttributes } from 'react';

interface AppLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
  /** Done instead of loading the address; a click with Ctrl, ⌘ or Shift still opens it in a new tab or window. */
  onNavigate: () => void;
}

/** A real link (shareable, opens in a new tab) that changes the screen in place when simply clicked. */
export function AppLink({ onNavigate, onClick, ...rest }: AppLinkProps) {
  return (
    <a
      {...rest}
      onClick={(e) => {
        onClick?.(e);
        if (e.defaultPrevented || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        onNavigate();
      }}
    />
  );
}
