/** Scales a card photo for OCR: phone photos are shrunk (speed), tiny images enlarged a little (small print). */

/** Longest side tesseract gets: plenty for a card's print, and quick. */
export const MAX_SIDE = 1600;
/** Below this the text is too small to read well; such images are enlarged. */
export const MIN_SIDE = 1000;

/** The scale factor that brings the longest side within [MIN_SIDE, MAX_SIDE]. */
export function scaleFor(width: number, height: number): number {
  const longest = Math.max(width, height);
  if (longest <= 0) return 1;
  if (longest > MAX_SIDE) return MAX_SIDE / longest;
  if (longest < MIN_SIDE) return Math.min(2, MIN_SIDE / longest);
  return 1;
}

/** Thrown when the file is not an image the browser can decode. */
export class NotAnImageError extends Error {
  constructor() {
    super('This file is not a picture the browser can open. Try a JPEG or PNG photo.');
    this.name = 'NotAnImageError';
  }
}

/** The image ready for OCR: the file itself when its size is right, else a scaled PNG. */
export async function prepareImage(file: Blob): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new NotAnImageError();
  }
  try {
    const scale = scaleFor(bitmap.width, bitmap.height);
    if (scale === 1) return file;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return file;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve) => canvas.toBlob((blob) => resolve(blob ?? file), 'image/png'));
  } finally {
    bitmap.close();
  }
}
