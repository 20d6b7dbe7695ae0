import { useEffect, useState } from 'react';

const MINUTE = 60_000;
const currentMinute = () => Math.floor(Date.now() / MINUTE) * MINUTE;

/** The current time to the minute, re-rendering when the minute turns over. */
export function useMinuteClock(): number {
  const [now, setNow] = useState(currentMinute);
  useEffect(() => {
    const timer = setInterval(() => setNow(currentMinute()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
