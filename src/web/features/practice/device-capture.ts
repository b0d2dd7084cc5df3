import { useCallback, useEffect, useRef, useState } from 'react';

/** Recording state: the object URL of the last take lives only in this tab's memory. */
export interface Recorder {
  supported: boolean;
  recording: boolean;
  audioUrl: string | null;
  error: string | null;
  start: () => Promise<void>;
  stop: () => void;
  discard: () => void;
}

/** Records the microphone with MediaRecorder; the audio is never uploaded and is freed on discard or unmount. */
export function useRecorder(): Recorder {
  const supported = typeof window !== 'undefined' && 'MediaRecorder' in window && Boolean(navigator.mediaDevices?.getUserMedia);
  const rec = useRef<MediaRecorder | null>(null);
  const [recording, setRecording] = useState(false);
  const [audioUrl, setAudioUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const discard = useCallback(() => {
    setAudioUrl((old) => {
      if (old) URL.revokeObjectURL(old);
      return null;
    });
  }, []);

  const start = useCallback(async () => {
    if (!supported) return;
    discard();
    setError(null);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const chunks: Blob[] = [];
      const r = new MediaRecorder(stream);
      r.ondataavailable = (e) => chunks.push(e.data);
      r.onstop = () => {
        stream.getTracks().forEach((t) => t.stop());
        setAudioUrl(URL.createObjectURL(new Blob(chunks, { type: r.mimeType || 'audio/webm' })));
        setRecording(false);
      };
      r.start();
      rec.current = r;
      setRecording(true);
    } catch {
      setError('The microphone is not available. You can still type what you said.');
    }
  }, [supported, discard]);

  const stop = useCallback(() => {
    if (rec.current && rec.current.state !== 'inactive') rec.current.stop();
    rec.current = null;
  }, []);

  useEffect(() => () => stop(), [stop]);
  useEffect(
    () => () => {
      if (audioUrl) URL.revokeObjectURL(audioUrl);
    },
    [audioUrl],
  );

  return { supported, recording, audioUrl, error, start, stop, discard };
}

interface RecognitionResultList {
  length: number;
  [index: number]: { isFinal: boolean; 0: { transcript: string } };
}
interface Recognition {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  onresult: ((e: { resultIndex: number; results: RecognitionResultList }) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  start: () => void;
  stop: () => void;
}
type RecognitionCtor = new () => Recognition;

function recognitionCtor(): RecognitionCtor | undefined {
  if (typeof window === 'undefined') return undefined;
  const w = window as unknown as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

/** Speech recognition where the browser offers it; the transcript grows while listening. */
export function useTranscriber() {
  const Ctor = recognitionCtor();
  const rec = useRef<Recognition | null>(null);
  const [transcript, setTranscript] = useState('');
  const [error, setError] = useState<string | null>(null);

  const start = useCallback(() => {
    if (!Ctor) return;
    setTranscript('');
    setError(null);
    const r = new Ctor();
    r.continuous = true;
    r.interimResults = false;
    r.lang = navigator.language || 'en-GB';
    r.onresult = (e) => {
      let add = '';
      for (let i = e.resultIndex; i < e.results.length; i++) {
        const res = e.results[i];
        if (res?.isFinal) add += `${res[0].transcript.trim()} `;
      }
      if (add) setTranscript((t) => `${t}${add}`);
    };
    r.onerror = (e) => setError(`Transcription stopped (${e.error}). You can type what you said.`);
    try {
      r.start();
      rec.current = r;
    } catch {
      setError('Transcription could not start. You can type what you said.');
    }
  }, [Ctor]);

  const stop = useCallback(() => {
    rec.current?.stop();
    rec.current = null;
  }, []);

  useEffect(() => () => stop(), [stop]);
  return { supported: Boolean(Ctor), transcript, error, start, stop };
}
