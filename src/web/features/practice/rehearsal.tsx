import { useEffect, useState } from 'react';
import clsx from 'clsx';
import { Button } from '../../components/ui/button.js';
import { Field, Input, Select } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { isTypingTarget } from '../../lib/keys.js';
import { uuidv7 } from '../../../core/ids.js';
import type { Prompt } from '../../../core/library/prompts/index.js';
import { CoachedTextarea } from './coached-textarea.js';
import { formatSeconds } from './highlight.js';
import { paceLabel, useElapsed } from './rehearsal-clock.js';
import type { Phase } from './rehearsal-clock.js';
import { useRecorder, useTranscriber } from './device-capture.js';
import { useCreateRehearsal } from './queries.js';
import { RatingGroup } from './rating-group.js';

const TONE = { muted: 'text-muted', ok: 'text-ok', danger: 'text-danger' } as const;

/** One timed attempt at one prompt: think time, a running timer, then what was said, a rating and a note. */
export function RehearsalRun({ prompt, opportunityId, onSaved }: { prompt: Prompt; opportunityId: string | null; onSaved?: () => void }) {
  const toast = useToast();
  const save = useCreateRehearsal();
  const recorder = useRecorder();
  const transcriber = useTranscriber();
  const [phase, setPhase] = useState<Phase>('ready');
  const [thinkSeconds, setThinkSeconds] = useState(30);
  const [useMic, setUseMic] = useState(false);
  const [useSpeech, setUseSpeech] = useState(false);
  const [said, setSaid] = useState('');
  const [rating, setRating] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [duration, setDuration] = useState(0);
  const [ratingError, setRatingError] = useState<string | undefined>();
  const thinking = useElapsed(phase === 'think');
  const speaking = useElapsed(phase === 'speak');
  const thinkLeft = Math.max(0, thinkSeconds - thinking);

  function startSpeaking() {
    setPhase('speak');
    if (useMic) void recorder.start();
    if (useSpeech) transcriber.start();
  }
  function stopSpeaking() {
    setDuration(Math.round(speaking));
    recorder.stop();
    transcriber.stop();
    setPhase('review');
  }

  useEffect(() => {
    if (phase === 'think' && thinking >= thinkSeconds) startSpeaking();
    // startSpeaking reads the latest options; only time should trigger it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [phase, thinking, thinkSeconds]);

  useEffect(() => {
    if (phase === 'review' && transcriber.transcript && !said) setSaid(transcriber.transcript.trim());
  }, [phase, transcriber.transcript, said]);

  // Space starts and stops the clock, unless the user is typing.
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key !== ' ' || isTypingTarget(e.target) || (e.target as HTMLElement | null)?.tagName === 'BUTTON') return;
      if (phase === 'ready') setPhase('think');
      else if (phase === 'think') startSpeaking();
      else if (phase === 'speak') stopSpeaking();
      else return;
      e.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  function submit() {
    if (rating === null) {
      setRatingError('Pick a rating from 1 to 5.');
      return;
    }
    setRatingError(undefined);
    save.mutate(
      {
        id: uuidv7(),
        promptId: prompt.id,
        opportunityId,
        answerText: said,
        durationSeconds: duration,
        selfRating: rating,
        note: note.trim() || undefined,
        transcribed: useSpeech && Boolean(transcriber.transcript),
      },
      {
        onSuccess: () => {
          toast.show('Rehearsal saved.');
          setPhase('ready');
          setSaid('');
          setRating(null);
          setNote('');
          recorder.discard();
          onSaved?.();
        },
        onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
      },
    );
  }

  const pace = paceLabel(speaking, prompt.targetSeconds);
  return (
    <section aria-labelledby="rehearse-h" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="rehearse-h" className="text-base font-semibold">
        Rehearse out loud
      </h2>
      <p className="mt-1 text-sm text-muted">
        Target {prompt.targetSeconds.min}–{prompt.targetSeconds.max} seconds. Space starts and stops the clock.
      </p>
      {phase === 'ready' && (
        <div className="mt-4 flex flex-col gap-3">
          <Field label="Thinking time" className="max-w-48">
            {({ id }) => (
              <Select id={id} value={thinkSeconds} onChange={(e) => setThinkSeconds(Number(e.target.value))}>
                {[0, 15, 30, 60].map((s) => (
                  <option key={s} value={s}>
                    {s === 0 ? 'None' : `${s} seconds`}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          {recorder.supported && (
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" checked={useMic} onChange={(e) => setUseMic(e.target.checked)} className="mt-1" />
              <span>
                Record my voice to play back. The recording stays in this browser tab’s memory, is never uploaded, and is gone when you
                leave the page.
              </span>
            </label>
          )}
          {transcriber.supported ? (
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" checked={useSpeech} onChange={(e) => setUseSpeech(e.target.checked)} className="mt-1" />
              <span>
                Transcribe what I say. <strong>Note:</strong> some browsers (Chrome among them) send the sound to their maker’s speech
                service to do this; Offerbook itself stores only the text.
              </span>
            </label>
          ) : (
            <p className="text-sm text-muted">This browser offers no speech recognition: after speaking, type what you said.</p>
          )}
          <Button className="self-start" onClick={() => setPhase(thinkSeconds > 0 ? 'think' : 'speak')} aria-keyshortcuts="Space">
            Start rehearsal
          </Button>
        </div>
      )}
      {phase === 'think' && (
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <p className="text-3xl font-semibold tabular-nums" role="timer" aria-label="Thinking time left">
            {formatSeconds(thinkLeft)}
          </p>
          <p className="text-sm text-muted">Think about your answer: {prompt.text}</p>
          <Button onClick={startSpeaking} aria-keyshortcuts="Space">
            Skip thinking time
          </Button>
        </div>
      )}
      {phase === 'speak' && (
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <p className={clsx('text-3xl font-semibold tabular-nums', TONE[pace.tone])} role="timer" aria-label="Speaking time">
            {formatSeconds(speaking)}
          </p>
          <p className="text-sm">
            Speak now. <span className={TONE[pace.tone]}>{pace.text}</span>
            {recorder.recording && <span className="ml-2 text-danger">● Recording</span>}
          </p>
          <Button onClick={stopSpeaking} aria-keyshortcuts="Space">
            Stop
          </Button>
        </div>
      )}
      {phase === 'review' && (
        <div className="mt-4 flex flex-col gap-4">
          <p className="text-sm">
            You spoke for <strong>{formatSeconds(duration)}</strong> (target {prompt.targetSeconds.min}–{prompt.targetSeconds.max} s).
          </p>
          {recorder.audioUrl && (
            <div>
              <p className="text-sm font-medium">Your recording (on this device only)</p>
              <audio controls src={recorder.audioUrl} className="mt-1 w-full" aria-label="Your recording" />
            </div>
          )}
          {(recorder.error ?? transcriber.error) && <p className="text-sm text-warn">{recorder.error ?? transcriber.error}</p>}
          <Field
            label="What you said"
            hint={
              useSpeech
                ? 'Transcribed by your browser; correct it if needed.'
                : 'Type it as you said it, fillers included: the coach checks it.'
            }
          >
            {({ id, describedBy }) => (
              <CoachedTextarea id={id} value={said} onChange={setSaid} prompt={prompt} describedBy={describedBy} rows={6} />
            )}
          </Field>
          <RatingGroup value={rating} onChange={setRating} error={ratingError} />
          <Field label="Note to yourself (optional)">
            {({ id }) => (
              <Input id={id} value={note} onChange={(e) => setNote(e.target.value)} placeholder="Open with the result next time" />
            )}
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button onClick={submit} disabled={save.isPending}>
              Save rehearsal
            </Button>
            <Button variant="ghost" onClick={() => setPhase('ready')}>
              Discard
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
