import { useState } from 'react';

/** The state of one inline save: pending while it runs, its error if it failed; editing ends on success. */
export function useInlineSave(onDone: () => void) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (save: () => Promise<unknown>) => {
    setPending(true);
    setError(null);
    try {
      await save();
      onDone();
    } catch (e) {
      setError(e);
      setPending(false);
    }
  };
  return { pending, error, run };
}
