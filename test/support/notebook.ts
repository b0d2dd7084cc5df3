import { uuidv7 } from '../../src/core/ids.js';
import { buildOpportunityInput } from '../factories.js';

/** Sends one API call and answers the parsed body; throws on anything but success. */
export type Send = <T = Record<string, unknown>>(method: string, url: string, payload?: object) => Promise<T>;

/**
 * Fills a notebook through the API with one of most kinds of object (opportunity, employer, person,
 * fact, answer, story, question, plan item, interview, conversation, reflection, concern, note,
 * offer, settings, priorities), every text carrying `mark`. Answers the ids made.
 */
export async function fillNotebook(send: Send, mark: string): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const opp = await send<{ id: string; employerId: string }>(
    'POST',
    '/api/opportunities',
    buildOpportunityInput({ employerName: `${mark} Ltd`, roleTitle: `${mark} engineer` }),
  );
  ids.opportunity = opp.id;
  ids.employer = opp.employerId;
  ids.person = (await send<{ id: string }>('POST', '/api/people', { name: `${mark} Person`, opportunityIds: [opp.id] })).id;
  ids.fact = (
    await send<{ id: string }>('POST', `/api/employers/${opp.employerId}/facts`, { topic: 'what-they-do', statement: `${mark} makes maps` })
  ).id;
  const prompts = await send<{ items: Array<{ id: string }> }>('GET', '/api/prompts');
  ids.answer = (
    await send<{ id: string }>('POST', '/api/answers', { promptId: prompts.items[0]!.id, text: `${mark} answer`, opportunityId: opp.id })
  ).id;
  ids.story = (await send<{ id: string }>('POST', '/api/stories', { title: `${mark} story` })).id;
  ids.question = (await send<{ id: string }>('POST', '/api/questions', { text: `${mark} question?` })).id;
  await send('POST', `/api/opportunities/${opp.id}/question-plan/items`, { text: `${mark} item`, purpose: 'team' });
  const interview = await send<{ id: string }>('POST', `/api/opportunities/${opp.id}/interviews`, {
    kind: 'video',
    title: `${mark} interview`,
    startsAt: '2026-03-10T15:00:00.000Z',
    timeZone: 'Europe/Lisbon',
    durationMinutes: 60,
  });
  ids.interview = interview.id;
  await send('POST', `/api/interviews/${interview.id}/conversations`, {
    startsAt: '2026-03-10T16:00:00.000Z',
    durationMinutes: 30,
    personIds: [ids.person],
  });
  await send('PUT', `/api/interviews/${interview.id}/reflection`, {
    rating: 4,
    wentWell: `${mark} went well`,
    toImprove: '',
    signals: '',
    stumpers: [],
  });
  ids.concern = (await send<{ id: string }>('POST', `/api/opportunities/${opp.id}/concerns`, { text: `${mark} concern` })).id;
  ids.note = uuidv7();
  await send('PUT', `/api/notes/${ids.note}`, {
    interviewId: interview.id,
    conversationId: null,
    text: `${mark} note`,
    baseRevision: 0,
    writtenAt: '2026-03-10T15:05:00.000Z',
  });
  await send('PUT', `/api/opportunities/${opp.id}/offer`, { basePay: 100000, currency: 'EUR', payPeriod: 'year', notes: `${mark} offer` });
  await send('PATCH', '/api/settings', { pipelineTarget: 5 });
  return ids;
}
