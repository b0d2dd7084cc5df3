import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { Badge } from '../../components/ui/badge.js';
import { buttonClass } from '../../components/ui/button.js';
import { EmptyState } from '../../components/ui/empty-state.js';
import { PageHeader } from '../../components/ui/page.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { formatDate, localDate } from '../../lib/dates.js';
import { deadlineCountdown, formatMoney, quotedPay, RATING_LABELS, whereText } from './model.js';
import { useComparison } from './queries.js';
import type { ComparedOffer, OfferComparison } from '../../../contracts/offers.js';

interface Row {
  key: string;
  label: ReactNode;
  cell: (item: ComparedOffer) => ReactNode;
}

const dash = <span className="text-muted">—</span>;
const textOr = (value: string) => (value.trim() ? <span className="whitespace-pre-line">{value}</span> : dash);

function rows(c: OfferComparison, today: string): Row[] {
  const sameCurrency = c.currencies.length <= 1;
  const topPay = sameCurrency ? Math.max(...c.items.map((i) => i.offer.yearlyPay ?? -1)) : -1;
  const weighted = c.priorities.filter((p) => p.weight > 0);
  return [
    {
      key: 'yearly',
      label: 'Pay per year',
      cell: ({ offer, belowPayFloor }) =>
        offer.yearlyPay === null ? (
          dash
        ) : (
          <span className="flex flex-col items-start gap-1">
            <span className="font-semibold tabular-nums">{formatMoney(offer.yearlyPay, offer.currency)}</span>
            {c.items.length > 1 && offer.yearlyPay === topPay && <Badge tone="ok">Highest pay</Badge>}
            {belowPayFloor && <Badge tone="warn">Below your pay floor</Badge>}
          </span>
        ),
    },
    { key: 'quoted', label: 'Pay as offered', cell: ({ offer }) => quotedPay(offer) ?? dash },
    { key: 'bonus', label: 'Bonus', cell: ({ offer }) => textOr(offer.bonus) },
    { key: 'equity', label: 'Equity', cell: ({ offer }) => textOr(offer.equity) },
    { key: 'benefits', label: 'Benefits', cell: ({ offer }) => textOr(offer.benefits) },
    { key: 'start', label: 'Start date', cell: ({ offer }) => (offer.startDate ? formatDate(offer.startDate) : dash) },
    { key: 'where', label: 'Location and remote', cell: ({ offer }) => whereText(offer) ?? dash },
    {
      key: 'deadline',
      label: 'Answer by',
      cell: ({ offer }) => {
        if (!offer.deadline) return dash;
        const countdown = offer.status === 'pending' ? deadlineCountdown(today, offer.deadline) : null;
        return (
          <span className="flex flex-col items-start gap-1">
            {formatDate(offer.deadline)}
            {countdown && <Badge tone={countdown.tone}>{countdown.text}</Badge>}
          </span>
        );
      },
    },
    ...weighted.map((p) => ({
      key: `fit-${p.key}`,
      label: (
        <>
          {p.name} <span className="font-normal text-muted">· weight {p.weight}</span>
        </>
      ),
      cell: ({ fit }: ComparedOffer) => {
        const r = fit.ratings.find((x) => x.key === p.key);
        if (!r || r.rating === 'unknown') return <span className="text-muted">Unknown</span>;
        return (
          <span>
            {RATING_LABELS[r.rating]} <span className="text-xs text-muted">(+{Math.round(r.points)})</span>
            {r.reason && <span className="block text-xs text-muted">{r.reason}</span>}
          </span>
        );
      },
    })),
    {
      key: 'overall',
      label: 'Overall fit',
      cell: ({ fit, offer }) => (
        <span className="flex flex-col items-start gap-1">
          <span className="font-semibold tabular-nums">{fit.score === null ? 'Not rated' : `${Math.round(fit.score)} / 100`}</span>
          <span className="text-xs text-muted">{Math.round(fit.coverage * 100)}% of your priorities known</span>
          {fit.unknown && fit.unknown.length > 0 && <span className="text-xs text-muted">Still unknown: {fit.unknown.join(', ')}</span>}
          {c.bestFitOpportunityId === offer.opportunityId && <Badge tone="ok">Best fit</Badge>}
        </span>
      ),
    },
  ];
}

function Heading({ item }: { item: ComparedOffer }) {
  const { offer } = item;
  return (
    <>
      <Link
        to="/opportunities/$id"
        params={{ id: offer.opportunityId }}
        search={{ tab: 'offer' }}
        className="font-semibold text-accent underline underline-offset-2"
      >
        {offer.employerName}
      </Link>
      <span className="block text-sm font-normal text-muted">{offer.roleTitle}</span>
      {offer.status === 'accepted' && (
        <Badge tone="ok" className="mt-1">
          Accepted
        </Badge>
      )}
    </>
  );
}

function CompareTable({ c, today }: { c: OfferComparison; today: string }) {
  const all = rows(c, today);
  return (
    <div className="hidden overflow-x-auto rounded-xl border border-line bg-surface md:block">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Your offers side by side: terms, then fit with each of your priorities</caption>
        <thead>
          <tr className="border-b border-line align-top">
            <th scope="col" className="w-48 px-4 py-3 font-medium text-muted">
              Offer
            </th>
            {c.items.map((i) => (
              <th key={i.offer.id} scope="col" className="min-w-48 px-4 py-3">
                <Heading item={i} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {all.map((row) => (
            <tr
              key={row.key}
              className={`border-b border-line align-top last:border-b-0 ${row.key === 'overall' ? 'bg-accent-soft/50' : ''}`}
            >
              <th scope="row" className="px-4 py-3 font-medium">
                {row.label}
              </th>
              {c.items.map((i) => (
                <td key={i.offer.id} className="px-4 py-3">
                  {row.cell(i)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CompareCards({ c, today }: { c: OfferComparison; today: string }) {
  const all = rows(c, today);
  return (
    <ul className="flex flex-col gap-4 md:hidden" aria-label="Offers">
      {c.items.map((i) => (
        <li key={i.offer.id} className="rounded-xl border border-line bg-surface p-4">
          <h2 className="text-base">
            <Heading item={i} />
          </h2>
          <dl className="mt-3 divide-y divide-line text-sm">
            {all.map((row) => (
              <div key={row.key} className="grid grid-cols-[9rem_1fr] gap-3 py-2">
                <dt className="font-medium">{row.label}</dt>
                <dd className="min-w-0 break-words">{row.cell(i)}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** Offers side by side against the user's priorities (route `/offers`). */
export function ComparePage() {
  const today = localDate(new Date());
  const q = useComparison(today);
  const lead =
    q.data && q.data.items.length > 0
      ? `${q.data.items.length} ${q.data.items.length === 1 ? 'offer' : 'offers'}, best fit with your priorities first.`
      : undefined;
  return (
    <>
      <PageHeader
        title="Offers"
        lead={lead}
        actions={
          <Link to="/priorities" className={buttonClass('secondary', 'sm')}>
            Edit priorities
          </Link>
        }
      />
      {q.isPending ? (
        <Loading label="Loading offers…" />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.items.length === 0 ? (
        <EmptyState
          title="No offers to compare yet"
          actions={
            <Link to="/board" className={buttonClass('secondary')}>
              Go to the board
            </Link>
          }
        >
          <p>
            When an offer arrives, record it on the opportunity&rsquo;s Offer tab. Every open offer then shows here, side by side: pay per
            year, bonus, equity, benefits, start date, where you would work, the deadline and how each fits your priorities.
          </p>
        </EmptyState>
      ) : (
        <>
          {q.data.currencies.length > 1 && (
            <p role="note" className="mb-4 rounded-lg border border-warn bg-warn-soft px-4 py-3 text-sm text-warn">
              These offers are in different currencies ({q.data.currencies.join(', ')}); pay per year is shown in each offer&rsquo;s own
              currency.
            </p>
          )}
          {q.data.priorities.every((p) => p.weight === 0) && (
            <p className="mb-4 text-sm text-muted">
              Give your priorities weights on the{' '}
              <Link to="/priorities" className="text-accent underline">
                priorities page
              </Link>{' '}
              to see how each offer fits.
            </p>
          )}
          <CompareTable c={q.data} today={today} />
          <CompareCards c={q.data} today={today} />
          <p className="mt-4 text-xs text-muted">
            Pay per year counts 12 months, 260 working days or 2,080 working hours. Fit counts only what you have rated; unknowns are gaps
            to ask about.
          </p>
        </>
      )}
    </>
  );
}
