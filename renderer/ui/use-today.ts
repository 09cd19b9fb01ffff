import { useEffect, useState } from 'react';
import { localIsoDate } from '../../shared/rules/local-date';

/** Milliseconds until just after the next local midnight. */
function untilTomorrow(): number {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1).getTime() - now.getTime();
}

/**
 * Today's local date (YYYY-MM-DD), moving on at midnight: a screen left open overnight shows the new
 * day's cover, as order routing (which reads the clock at each order) does.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => localIsoDate(new Date()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setToday(localIsoDate(new Date()));
      timer = setTimeout(tick, untilTomorrow());
    };
    timer = setTimeout(tick, untilTomorrow());
    return () => clearTimeout(timer);
  }, []);
  return today;
}
