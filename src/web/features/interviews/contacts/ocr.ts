/**
 * On-device OCR of a business card photo with tesseract.js in a Web Worker. Everything loads from our own origin
 * (/ocr/: worker script, WebAssembly core, English model — see vite.config.ts); nothing is sent anywhere. Loaded
 * lazily by the photo tab only. One worker is created on first use, reused for every card, and ended after the
 * dialog has been closed for a while (or at once on cancel).
 */
import Tesseract from 'tesseract.js';

/** Where the OCR files are served; same origin, so the strict CSP applies to them as to the app. */
export const OCR_BASE = '/ocr';

/** How far along the reading is: loading the engine the first time, then reading the card. */
export interface OcrProgress {
  stage: 'loading' | 'reading';
  /** 0–1 across the whole job. */
  progress: number;
}

/** The text read from a card, with tesseract's mean confidence (0–100) and how long it took. */
export interface OcrResult {
  text: string;
  confidence: number;
  ms: number;
}

const WORKER_OPTIONS: Partial<Tesseract.WorkerOptions> = {
  workerPath: `${OCR_BASE}/worker.min.js`,
  corePath: `${OCR_BASE}/core`,
  langPath: `${OCR_BASE}/lang`,
  gzip: true,
  // A same-origin worker script, not a blob: wrapper (the CSP allows 'self' scripts only).
  workerBlobURL: false,
  // The model comes from our own server (cached by the browser); no copy in IndexedDB.
  cacheMethod: 'none',
};

// Share of the progress bar for each loading step; reading the card takes the rest.
const LOAD_STEPS: Record<string, [number, number]> = {
  'loading tesseract core': [0, 0.25],
  'initializing tesseract': [0.25, 0.35],
  'loading language traineddata': [0.35, 0.55],
  'initializing api': [0.55, 0.6],
};

let workerPromise: Promise<Tesseract.Worker> | null = null;
let listener: ((p: OcrProgress) => void) | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let loaded = false;

function report(message: Tesseract.LoggerMessage): void {
  const step = LOAD_STEPS[message.status];
  if (step) {
    listener?.({ stage: 'loading', progress: step[0] + (step[1] - step[0]) * message.progress });
  } else if (message.status === 'recognizing text') {
    const start = loaded ? 0 : 0.6;
    listener?.({ stage: 'reading', progress: start + (1 - start) * message.progress });
  }
}

function getWorker(): Promise<Tesseract.Worker> {
  clearTimeout(idleTimer);
  if (!workerPromise) {
    loaded = false;
    const created = Tesseract.createWorker('eng', Tesseract.OEM.LSTM_ONLY, {
      ...WORKER_OPTIONS,
      logger: report,
      // Without a handler tesseract.js rethrows worker errors as uncaught; the job's promise carries them instead.
      errorHandler: () => {},
    }).then(async (worker) => {
      // Cards put text in blocks and columns: let tesseract find the layout.
      await worker.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.AUTO });
      loaded = true;
      return worker;
    });
    workerPromise = created;
    created.catch(() => {
      if (workerPromise === created) workerPromise = null;
    });
  }
  return workerPromise;
}

/** Ends the worker now (cancel, or the dialog has been closed long enough). */
export async function stopOcr(): Promise<void> {
  clearTimeout(idleTimer);
  const pending = workerPromise;
  workerPromise = null;
  listener = null;
  if (pending) await pending.then((w) => w.terminate()).catch(() => {});
}

/** Ends the worker after `ms` without use; the next card cancels the timer. */
export function stopOcrWhenIdle(ms = 60_000): void {
  clearTimeout(idleTimer);
  if (workerPromise) idleTimer = setTimeout(() => void stopOcr(), ms);
}

/** True once the worker is loaded and a card would be read without loading anything. */
export function ocrIsWarm(): boolean {
  return workerPromise !== null && loaded;
}

function abortError(): DOMException {
  return new DOMException('Reading the card was cancelled', 'AbortError');
}

/**
 * Reads the text of a card image. Aborting the signal ends the worker at once (tesseract cannot stop a job midway)
 * and rejects with an AbortError; the next call starts a fresh worker.
 */
export async function readCard(
  image: Blob | HTMLCanvasElement,
  options: { signal?: AbortSignal; onProgress?: (p: OcrProgress) => void } = {},
): Promise<OcrResult> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw abortError();
  const started = performance.now();
  listener = onProgress ?? null;
  onProgress?.({ stage: loaded && workerPromise ? 'reading' : 'loading', progress: 0 });
  const job = (async () => {
    const worker = await getWorker();
    // Cancelled while the engine was loading: that worker is being ended, so it must not get the job.
    if (signal?.aborted) throw abortError();
    const { data } = await worker.recognize(image, { rotateAuto: true });
    return { text: data.text, confidence: data.confidence, ms: performance.now() - started };
  })();
  if (!signal) return job.finally(() => (listener = null));
  return new Promise<OcrResult>((resolve, reject) => {
    const onAbort = () => {
      void stopOcr();
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    job.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
      listener = null;
    });
  });
}
