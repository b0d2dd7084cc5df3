import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, buttonClass } from '../../components/ui/button.js';
import { Field, Input } from '../../components/ui/field.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { reportKeys } from '../../api/keys.js';
import { fetchApplications } from './queries.js';
import './applications-print.css';

function monthStart(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-01`;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Proof of applications for a date range: a table that prints on one A4/Letter width, and the same as CSV. */
export function ApplicationsReportPage() {
  const [from, setFrom] = useState(monthStart);
  const [to, setTo] = useState(today);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const q = useQuery({
    queryKey: reportKeys.applications(from, to),
    queryFn: () => fetchApplications(from, to),
    enabled: valid,
  });
  return (
    <div data-applications-report className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Proof of applications</h1>
        <p className="mt-1 text-muted">
          Applications from {from} to {to}: the date, employer, role, how you applied, your contact, and how it stands.
        </p>
      </div>
      <div data-report-controls className="flex flex-wrap items-end gap-3">
        <Field label="From">{({ id }) => <Input id={id} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}</Field>
        <Field label="To">{({ id }) => <Input id={id} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}</Field>
        <Button onClick={() => window.print()} disabled={!valid}>
          Print
        </Button>
        <a href={`/api/reports/applications?from=${from}&to=${to}&format=csv`} download className={buttonClass('secondary')}>
          Download CSV
        </a>
      </div>
      {!valid ? (
        <p role="alert" className="text-sm text-danger">
          Choose a start date on or before the end date.
        </p>
      ) : q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.items.length === 0 ? (
        <p className="text-sm text-muted">No applications in this period.</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Applications</caption>
          <thead>
            <tr className="border-b border-line-strong">
              {['Date applied', 'Employer', 'Role', 'Channel', 'Contact', 'Status', 'Outcome'].map((h) => (
                <th key={h} scope="col" className="px-2 py-1.5 font-semibold">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {q.data.items.map((r, i) => (
              <tr key={`${r.appliedOn}-${r.employer}-${i}`} className="border-b border-line align-top">
                <td className="px-2 py-1.5 whitespace-nowrap">{r.appliedOn}</td>
                <td className="px-2 py-1.5">{r.employer}</td>
                <td className="px-2 py-1.5">{r.role}</td>
                <td className="px-2 py-1.5 break-all">{r.channel}</td>
                <td className="px-2 py-1.5">{r.contact}</td>
                <td className="px-2 py-1.5">{r.status}</td>
                <td className="px-2 py-1.5">{r.outcome}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
