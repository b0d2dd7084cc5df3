import { expect } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiCall, launchBrowser, recordRequests, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

// What the interview journeys (interview-schedule and interview-day) start from.

export const visible = (l: Locator, timeout = 10_000) => l.waitFor({ state: 'visible', timeout });
export const hidden = (l: Locator) => l.waitFor({ state: 'hidden', timeout: 10_000 });

/** A call to the app's API: its status and its JSON answer. */
export type ApiCall = <T>(method: string, path: string, body?: unknown) => Promise<{ status: number; data: T }>;

/** A running app, a page on it in a Berlin browser, and an opportunity at Initech Robotics with its question plan. */
export interface InterviewJourney {
  app: RunningApp;
  browser: Browser;
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** What the page threw. */
  pageErrors: string[];
  call: ApiCall;
  opportunityId: string;
  /** The People ids of Dana Ruiz (hiring manager) and Sam Lee (interviewer). */
  dana: string;
  sam: string;
  /** The question plan's item ids by key: two for Dana, two for Sam and one open to anyone. */
  planItems: Record<string, string>;
}

/** Starts the app and a browser, and makes the opportunity, its two interviewers and its question plan through the API. */
export async function startInterviewJourney(): Promise<InterviewJourney> {
  const app = await startApp();
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    return await seed(app, browser);
  } catch (err) {
    // Nothing of a journey that could not start is left running.
    await browser?.close();
    await app.stop();
    throw err;
  }
}

async function seed(app: RunningApp, browser: Browser): Promise<InterviewJourney> {
  const call: ApiCall = (method, path, body) => apiCall(app.url, method, path, body);
  async function post<T extends { id: string }>(path: string, body: unknown): Promise<T> {
    const r = await call<T>('POST', path, body);
    expect(r.status, path).toBe(201);
    return r.data;
  }
  // The user is in Berlin; the interview is in New York, so both clocks show.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Berlin', locale: 'en-GB' });
  const page = await context.newPage();
  const requests = recordRequests(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  const o = await post<{ id: string }>('/opportunities', {
    employerName: 'Initech Robotics',
    roleTitle: 'Staff engineer',
    stage: 'interviewing',
  });
  const opportunityId = o.id;
  const dana = (
    await post('/people', {
      name: 'Dana Ruiz',
      title: 'Engineering manager',
      role: 'hiring-manager',
      employerName: 'Initech Robotics',
      opportunityIds: [opportunityId],
    })
  ).id;
  const sam = (
    await post('/people', {
      name: 'Sam Lee',
      title: 'Principal engineer',
      role: 'interviewer',
      employerName: 'Initech Robotics',
      opportunityIds: [opportunityId],
    })
  ).id;
  const planItems: Record<string, string> = {};
  const plan = [
    { key: 'dana-team', text: 'How does the team decide what to build next quarter?', interviewerPersonId: dana },
    { key: 'dana-success', text: 'What would make the first six months a success for you?', interviewerPersonId: dana },
    { key: 'sam-oncall', text: 'What does a hard week on call look like here?', interviewerPersonId: sam },
    { key: 'sam-review', text: 'How do design reviews run in practice?', interviewerPersonId: sam },
    { key: 'open', text: 'What surprised you most when you joined?' },
  ];
  for (const p of plan) {
    const r = await call<{ items: { id: string; text: string }[] }>('POST', `/opportunities/${opportunityId}/question-plan/items`, {
      text: p.text,
      ...(p.interviewerPersonId ? { interviewerPersonId: p.interviewerPersonId } : {}),
    });
    expect([200, 201]).toContain(r.status);
    planItems[p.key] = r.data.items.find((i) => i.text === p.text)!.id;
  }
  return { app, browser, page, requests, pageErrors, call, opportunityId, dana, sam, planItems };
}

/**
 * Saves the final round in New York through the API, as the schedule journey saves it from the form: conversation 1
 * (Dana) began 41 minutes ago and lasts 45, so about 4 minutes remain and the closing prompt is due; conversation 2
 * (Sam) follows. Answers its id.
 */
export async function saveFinalRound(journey: Pick<InterviewJourney, 'call' | 'opportunityId' | 'dana' | 'sam'>): Promise<string> {
  const { call, opportunityId, dana, sam } = journey;
  const start = Math.floor((Date.now() - 41 * 60_000) / 60_000) * 60_000;
  const created = await call<{ id: string }>('POST', `/opportunities/${opportunityId}/interviews`, {
    kind: 'onsite',
    title: 'Final round',
    startsAt: new Date(start).toISOString(),
    timeZone: 'America/New_York',
    durationMinutes: 120,
    location: '1 Loop Road, floor 3',
    conversations: [
      { startsAt: new Date(start).toISOString(), durationMinutes: 45, topic: 'Leadership', personIds: [dana] },
      { startsAt: new Date(start + 45 * 60_000).toISOString(), durationMinutes: 45, topic: 'System design', personIds: [sam] },
    ],
  });
  expect(created.status).toBe(201);
  return created.data.id;
}
