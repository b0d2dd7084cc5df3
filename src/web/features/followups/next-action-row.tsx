import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { AlertTriangle, CalendarClock, ChevronRight, ClipboardCheck, Flag, Handshake, ListTodo, Mail, MessageCircle } from 'lucide-react';
import clsx from 'clsx';
import { Badge } from '../../components/ui/badge.js';
import { dueInWords, formatDate } from '../../lib/dates.js';
import { STAGE_LABELS } from '../../lib/stages.js';
import type { NextActionEntry, NextActionKind } from '../../../contracts/followups.js';

const KIND_ICON: Record<NextActionKind, typeof Mail> = {
  'thank-you': Mail,
  'check-in': MessageCircle,
  interview: CalendarClock,
  prep: ClipboardCheck,
  'offer-deadline': Handshake,
  'next-action': ListTodo,
};

/** What kind of action it is, in words (read before the title by screen readers). */
export const KIND_LABEL: Record<NextActionKind, string> = {
  'thank-you': 'Thank-you note',
  'check-in': 'Check-in',
  interview: 'Interview',
  prep: 'Prep',
  'offer-deadline': 'Offer deadline',
  'next-action': 'Next step',
};

function time(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** The due badge: overdue in red, today and tomorrow in amber, later in the accent colour. */
export function DueBadge({ item }: { item: NextActionEntry }) {
  if (item.daysUntilDue === null || item.due === null) return <Badge>No date</Badge>;
  const words = dueInWords(item.daysUntilDue);
  if (item.overdue)
    return (
      <Badge tone="danger">
        <AlertTriangle size={12} aria-hidden="true" />
        <span className="sr-only">Overdue: </span>
        {item.daysUntilDue >= 0 ? `was due ${item.dueAt ? time(item.dueAt) : 'today'}` : words}
      </Badge>
    );
  const label = words === 'today' ? (item.dueAt ? `today ${time(item.dueAt)}` : 'due today') : words;
  return <Badge tone={item.daysUntilDue <= 1 ? 'warn' : 'accent'}>{label}</Badge>;
}

/** A link to where the action is done: the opportunity's tab, or interview mode. */
export function NextActionLink({ item, className, children }: { item: NextActionEntry; className?: string; children: ReactNode }) {
  if (item.target.page === 'interview')
    return (
      <Link to="/interviews/$id" params={{ id: item.target.interviewId }} className={className}>
        {children}
      </Link>
    );
  const tab = item.target.tab;
  return (
    <Link to="/opportunities/$id" params={{ id: item.opportunityId }} search={tab === 'overview' ? {} : { tab }} className={className}>
      {children}
    </Link>
  );
}

/** One row of a next-actions list: kind, title, opportunity, detail and when it is due, linking to where it is done. */
export function NextActionRow({ item, showFit }: { item: NextActionEntry; showFit?: ReactNode }) {
  const Icon = KIND_ICON[item.kind] ?? Flag;
  return (
    <li className={clsx(item.overdue && 'border-l-4 border-l-danger')} data-kind={item.kind}>
      <NextActionLink item={item} className="flex items-center gap-4 px-5 py-4 hover:bg-accent-soft/60">
        <Icon size={18} aria-hidden="true" className="shrink-0 text-accent" />
        <div className="min-w-0 flex-1">
          <p className="font-medium">
            <span className="sr-only">{KIND_LABEL[item.kind]}: </span>
            {item.title}
          </p>
          <p className="mt-0.5 truncate text-sm text-muted">
            {item.employerName} · {item.roleTitle} · {STAGE_LABELS[item.stage]}
          </p>
          {item.detail && <p className="mt-0.5 line-clamp-2 text-sm text-muted">{item.detail}</p>}
          {showFit}
        </div>
        <div className="flex shrink-0 flex-col items-end gap-1">
          <DueBadge item={item} />
          {item.due && <span className="text-xs text-muted">{formatDate(item.due)}</span>}
        </div>
        <ChevronRight size={16} aria-hidden="true" className="shrink-0 text-muted" />
      </NextActionLink>
    </li>
  );
}
