/** The lazily loaded part of the photo path: OCR in a worker, then the card's text parsed into fields. */
import type { CardText } from '../../../../core/contacts/card-text.js';
import { parseCardText } from '../../../../core/contacts/card-text.js';
import type { OcrProgress } from './ocr.js';
import { readCard } from './ocr.js';
import { prepareImage } from './prepare-image.js';

export { ocrIsWarm, stopOcr, stopOcrWhenIdle } from './ocr.js';
export type { OcrProgress } from './ocr.js';

/** A card photo read: the raw text (shown for review), the fields found in it, and tesseract's mean confidence. */
export interface CardReading {
  text: string;
  card: CardText;
  confidence: number;
  ms: number;
}

/** Scales the photo, reads it on the device and parses the text; abort with the signal to cancel. */
export async function readBusinessCard(
  file: Blob,
  options: { employerName?: string; signal?: AbortSignal; onProgress?: (p: OcrProgress) => void } = {},
): Promise<CardReading> {
  const started = performance.now();
  const image = await prepareImage(file);
  const { signal, onProgress } = options;
  const result = await readCard(image, { ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) });
  const card = parseCardText(result.text, options.employerName ? { employerName: options.employerName } : {});
  return { text: result.text.trim(), card, confidence: result.confidence, ms: performance.now() - started };
}
