/**
 * A new version of the app waits while a note is being written (typed in the note box, or not yet on the server):
 * `offer` is called once `busy` says no, checked every `everyMs`. Answers a function that stops waiting.
 */
export function offerWhenQuiet(busy: () => boolean, offer: () => void, everyMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    if (busy()) timer = setTimeout(check, everyMs);
    else offer();
  };
  check();
  return () => clearTimeout(timer);
}
