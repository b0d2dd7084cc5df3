import { useEffect, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { Camera, ImageUp } from 'lucide-react';
import { Button } from '../../../components/ui/button.js';
import { CaptureForm } from './capture-form.js';
import type { CaptureDraft } from './model.js';
import { draftFromCard, fieldsToCheck, otherCompany } from './model.js';
import type * as ReadCard from './read-card.js';
import type { CardReading, OcrProgress } from './read-card.js';

type ReadCardModule = typeof ReadCard;

type State =
  | { kind: 'idle'; note?: string; error?: string }
  | { kind: 'reading'; progress: OcrProgress; preview: string }
  | { kind: 'review'; reading: CardReading; preview: string };

const pickerClass =
  'inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line-strong px-3 py-2 text-sm font-medium hover:bg-accent-soft has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent';

/**
 * Photograph a business card: the text is read on this device (tesseract.js in a Web Worker, loaded only here),
 * parsed into fields and shown with the raw text for review. Cancel stops the reading; nothing is saved until Save.
 */
export function PhotoCapture({ employerName, onSave }: { employerName: string; onSave: (d: CaptureDraft) => Promise<unknown> }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const ocr = useRef<ReadCardModule | null>(null);
  const abort = useRef<AbortController | null>(null);
  const preview = useRef<string | null>(null);

  const dropPreview = () => {
    if (preview.current) URL.revokeObjectURL(preview.current);
    preview.current = null;
  };

  // Closing the dialog stops a reading in progress and lets the worker go after a while idle.
  useEffect(
    () => () => {
      abort.current?.abort();
      ocr.current?.stopOcrWhenIdle();
      dropPreview();
    },
    [],
  );

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    abort.current?.abort();
    dropPreview();
    const url = URL.createObjectURL(file);
    preview.current = url;
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: 'reading', progress: { stage: 'loading', progress: 0 }, preview: url });
    try {
      ocr.current ??= await import('./read-card.js');
      const reading = await ocr.current.readBusinessCard(file, {
        employerName,
        signal: controller.signal,
        onProgress: (progress) => {
          if (!controller.signal.aborted) setState({ kind: 'reading', progress, preview: url });
        },
      });
      if (!controller.signal.aborted) setState({ kind: 'review', reading, preview: url });
    } catch (err) {
      if (controller.signal.aborted) return;
      dropPreview();
      const message =
        err instanceof Error && err.name === 'NotAnImageError'
          ? err.message
          : 'The card could not be read on this device. Type the details instead, or try again.';
      setState({ kind: 'idle', error: message });
    }
  }

  function cancel() {
    abort.current?.abort();
    abort.current = null;
    dropPreview();
    setState({ kind: 'idle', note: 'Reading cancelled. Nothing was saved.' });
  }

  if (state.kind === 'reading') {
    const pct = Math.round(state.progress.progress * 100);
    return (
      <div className="grid gap-3">
        <img src={state.preview} alt="The card being read" className="h-28 w-full rounded-lg border border-line object-contain" />
        <div role="status" className="grid gap-2">
          <p className="text-sm font-medium">
            {state.progress.stage === 'loading'
              ? 'Getting the text reader ready (only the first card takes this long)…'
              : 'Reading the card…'}
          </p>
          <progress
            max={100}
            value={pct}
            aria-label="Reading the card"
            className="h-2 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-line [&::-webkit-progress-value]:bg-accent"
          />
        </div>
        <div className="flex justify-end">
          <Button variant="secondary" onClick={cancel}>
            Cancel
          </Button>
        </div>
      </div>
    );
  }

  if (state.kind === 'review') {
    const { reading } = state;
    const empty = reading.text === '';
    return (
      <div className="grid gap-3">
        <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
          <img
            src={state.preview}
            alt="The card you photographed"
            className="h-24 w-full rounded-lg border border-line object-contain sm:w-32"
          />
          <div className="min-w-0">
            <h3 id="card-raw-h" className="text-sm font-medium">
              Text read from the card
            </h3>
            <pre
              tabIndex={0}
              aria-labelledby="card-raw-h"
              data-testid="card-raw-text"
              className="mt-1 max-h-28 overflow-auto whitespace-pre-wrap rounded-lg border border-line bg-bg p-2 font-sans text-xs text-fg"
            >
              {empty ? 'No text found.' : reading.text}
            </pre>
          </div>
        </div>
        <p className="text-sm text-muted" role="status">
          {empty
            ? 'Nothing could be read. Try again with the card flat, well lit and filling the frame, or type the details.'
            : 'Check what was read (fields marked in amber were hard to read), then save.'}
        </p>
        <CaptureForm
          initial={draftFromCard(reading.card, employerName)}
          check={fieldsToCheck(reading.card)}
          otherCompany={otherCompany(reading.card, employerName)}
          onSave={onSave}
          cancelLabel="Discard"
          onCancel={() => {
            dropPreview();
            setState({ kind: 'idle', note: 'Discarded. Nothing was saved.' });
          }}
        />
      </div>
    );
  }

  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted">
        Take a photo of a business card, or choose one you took. The text is read on this device; the photo is not stored or sent anywhere.
      </p>
      <div className="flex flex-wrap gap-2">
        <label className={pickerClass}>
          <Camera size={16} aria-hidden="true" />
          Take a photo of the card
          <input
            type="file"
            accept="image/*"
            capture="environment"
            className="sr-only"
            onChange={(e) => void onFile(e)}
            data-testid="card-photo-input"
          />
        </label>
        <label className={pickerClass}>
          <ImageUp size={16} aria-hidden="true" />
          Choose a picture
          <input type="file" accept="image/*" className="sr-only" onChange={(e) => void onFile(e)} />
        </label>
      </div>
      {state.error && (
        <p role="alert" className="text-sm text-danger">
          {state.error}
        </p>
      )}
      {state.note && (
        <p role="status" className="text-sm text-muted">
          {state.note}
        </p>
      )}
    </div>
  );
}
