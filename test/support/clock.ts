/** A clock tests can move (the app reads it on every request). */
export function movableClock(start: string) {
  let at = new Date(start).getTime();
  return {
    now: () => new Date(at),
    set: (iso: string) => void (at = new Date(iso).getTime()),
    advance: (ms: number) => void (at += ms),
  };
}
