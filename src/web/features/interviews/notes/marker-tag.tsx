import { CircleHelp, Forward, Star, TriangleAlert } from 'lucide-react';
import type { NoteMarker } from '../../../../contracts/notes.js';
import { Badge } from '../../../components/ui/badge.js';
import { MARKER_INFO } from './markers.js';

const ICONS = { question: CircleHelp, concern: TriangleAlert, key: Star, promise: Forward } as const;
const TONES = { question: 'accent', concern: 'warn', key: 'ok', promise: 'neutral' } as const;

/** A marker as an icon and a word ("Concern" for a `!` line); nothing for a plain line. */
export function MarkerTag({ marker }: { marker: NoteMarker }) {
  if (marker === 'plain') return null;
  const Icon = ICONS[marker];
  return (
    <Badge tone={TONES[marker]} className="shrink-0 align-middle">
      <Icon size={12} aria-hidden="true" />
      {MARKER_INFO[marker].label}
    </Badge>
  );
}

const SIGNS: Record<string, Exclude<NoteMarker, 'plain'>> = { '?': 'question', '!': 'concern', '*': 'key', '>': 'promise' };

/** A note's text line by line, each marked line led by its tag instead of its sign. */
export function MarkedText({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, i) => {
        const trimmed = line.trimStart();
        const marker = SIGNS[trimmed.charAt(0)];
        const rest = marker ? trimmed.slice(1).trimStart() : line;
        return (
          <span key={i} className="block min-h-[1lh] break-words whitespace-pre-wrap">
            {marker && rest ? (
              <>
                <MarkerTag marker={marker} /> {rest}
              </>
            ) : (
              line
            )}
          </span>
        );
      })}
    </>
  );
}
