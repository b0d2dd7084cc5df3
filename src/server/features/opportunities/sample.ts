import type { CreateOpportunity } from '../../../contracts/opportunities.js';
import { addDays, localDate } from '../../../core/dates.js';

/** A made-up opportunity so a new user can see the whole flow in one click. Clearly labelled. */
export function sampleOpportunity(now: Date): CreateOpportunity {
  return {
    employerName: 'Harbourlight Transit (sample)',
    roleTitle: 'Operations Analyst',
    location: 'Rotterdam',
    remotePolicy: 'hybrid',
    salaryMin: 52000,
    salaryMax: 61000,
    salaryCurrency: 'EUR',
    salaryPeriod: 'year',
    stage: 'applied',
    excitement: 4,
    nextAction: 'Read their latest annual report and note three questions it raises',
    nextActionDue: addDays(localDate(now), 2),
    jobDescription: [
      'This is a sample opportunity: edit it, move it on the board, or archive it when you are done exploring.',
      '',
      'Harbourlight runs ferries and water buses across a busy port city. The operations team wants an analyst to',
      'turn timetable, ridership and maintenance data into decisions about routes and staffing.',
      '',
      'You would: build weekly reports on punctuality and crowding; model the effect of timetable changes;',
      'work with dispatchers and the maintenance depot to find the causes of delays.',
    ].join('\n'),
  };
}
