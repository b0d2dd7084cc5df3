/** User Timing names the benchmark reads: keystroke → stored on the device, last keystroke → confirmed by the server. */
export const SAVED_ON_DEVICE_MEASURE = 'offerbook:note-saved-on-device';
export const ACKNOWLEDGED_MEASURE = 'offerbook:note-acknowledged';

/** `performance.now()`, or 0 where there is no clock to read. */
export function now(): number {
  return typeof performance === 'undefined' ? 0 : performance.now();
}

/** Records a User Timing measure from `start` to now (old entries are cleared now and then). */
export function measure(name: string, start: number): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  performance.measure(name, { start, end: performance.now() });
  if (performance.getEntriesByName(name).length > 2000) performance.clearMeasures(name);
}
