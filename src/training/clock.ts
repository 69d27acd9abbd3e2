/** The training timer's display: whole minutes and seconds of the time taken. */
export function splitTime(ms: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.floor(ms / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

/** "m:ss", e.g. 3:07. */
export function clock(ms: number): string {
  const { minutes, seconds } = splitTime(ms);
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
