import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, IdParams } from '../../../contracts/common.js';
import {
  Analysis,
  AnalyzeRequest,
  AnswerDetail,
  AnswerList,
  AnswersQuery,
  CreateAnswer,
  CreateAnswerVersion,
  CreateRehearsal,
  CreateStory,
  Prompt,
  PromptList,
  PromptParams,
  Rehearsal,
  RehearsalList,
  RehearsalsQuery,
  Story,
  StoryList,
  StorySuggestionList,
  StorySuggestionsQuery,
  UpdateStory,
  WeakestList,
  WeakestQuery,
} from '../../../contracts/practice.js';
import { PROMPTS } from '../../../core/library/prompts/index.js';
import * as answers from './answers.js';
import { analyzeAnswer, resolvePrompt } from './coach.js';
import { promptById } from './lookups.js';
import { presentPrompt } from './present.js';
import * as rehearsals from './rehearsals.js';
import * as stories from './stories.js';

const tags = ['Practice'];
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const noContent = { 204: z.null(), ...errors };
const PRIVACY = 'Only text reaches the server (typed, or transcribed on the device); recorded audio never leaves the browser.';

/** Answer practice: the prompt library, answers with versions, the story bank, rehearsals and the coach. */
export const practiceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/prompts', {
    schema: { tags, summary: 'The library of standard interview questions', response: { 200: PromptList } },
    handler: () => ({ items: PROMPTS.map(presentPrompt) }),
  });

  app.get('/api/prompts/:id', {
    schema: { tags, summary: 'One standard question', params: PromptParams, response: { 200: Prompt, ...errors } },
    handler: (req) => presentPrompt(promptById(req.params.id)),
  });

  app.get('/api/prompts/:id/story-suggestions', {
    schema: {
      tags,
      summary: "The user's stories ranked for a question (and an opportunity's job description), with reasons",
      params: PromptParams,
      querystring: StorySuggestionsQuery,
      response: { 200: StorySuggestionList, ...errors },
    },
    handler: async (req) => ({ items: await stories.suggestStoriesFor(req.ctx, req.params.id, req.query.opportunityId) }),
  });

  app.get('/api/answers', {
    schema: {
      tags,
      summary: 'Prepared answers, by prompt and/or opportunity',
      querystring: AnswersQuery,
      response: { 200: AnswerList, ...errors },
    },
    handler: async (req) => ({ items: await answers.listAnswers(req.ctx, req.query) }),
  });

  app.post('/api/answers', {
    schema: {
      tags,
      summary: 'Write an answer (its first version)',
      body: CreateAnswer,
      response: { 200: AnswerDetail, 201: AnswerDetail, ...errors },
    },
    handler: async (req, reply) => {
      const { answer, created } = await answers.createAnswer(req.ctx, req.body);
      return reply.code(created ? 201 : 200).send(answer);
    },
  });

  app.get('/api/answers/:id', {
    schema: { tags, summary: 'An answer with every version, newest first', params: IdParams, response: { 200: AnswerDetail, ...errors } },
    handler: (req) => answers.getAnswer(req.ctx, req.params.id),
  });

  app.post('/api/answers/:id/versions', {
    schema: {
      tags,
      summary: 'Save a new version of an answer (earlier versions are kept)',
      params: IdParams,
      body: CreateAnswerVersion,
      response: { 200: AnswerDetail, 201: AnswerDetail, ...errors },
    },
    handler: async (req, reply) => {
      const { answer, created } = await answers.saveAnswerVersion(req.ctx, req.params.id, req.body);
      return reply.code(created ? 201 : 200).send(answer);
    },
  });

  app.delete('/api/answers/:id', {
    schema: { tags, summary: 'Delete an answer and its versions', params: IdParams, response: noContent },
    handler: async (req, reply) => {
      await answers.deleteAnswer(req.ctx, req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/stories', {
    schema: { tags, summary: 'The story bank', response: { 200: StoryList } },
    handler: async (req) => ({ items: await stories.listStories(req.ctx) }),
  });

  app.post('/api/stories', {
    schema: { tags, summary: 'Add a STAR story', body: CreateStory, response: { 200: Story, 201: Story, ...errors } },
    handler: async (req, reply) => {
      const { story, created } = await stories.addStory(req.ctx, req.body);
      return reply.code(created ? 201 : 200).send(story);
    },
  });

  app.patch('/api/stories/:id', {
    schema: { tags, summary: 'Edit a story', params: IdParams, body: UpdateStory, response: { 200: Story, ...errors } },
    handler: (req) => stories.updateStory(req.ctx, req.params.id, req.body),
  });

  app.delete('/api/stories/:id', {
    schema: { tags, summary: 'Delete a story (undo re-creates it with the same id)', params: IdParams, response: noContent },
    handler: async (req, reply) => {
      await stories.deleteStory(req.ctx, req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/rehearsals', {
    schema: {
      tags,
      summary: 'Record a timed rehearsal',
      description: PRIVACY,
      body: CreateRehearsal,
      response: { 200: Rehearsal, 201: Rehearsal, ...errors },
    },
    handler: async (req, reply) => {
      const { rehearsal, created } = await rehearsals.recordRehearsal(req.ctx, req.body);
      return reply.code(created ? 201 : 200).send(rehearsal);
    },
  });

  app.get('/api/rehearsals', {
    schema: {
      tags,
      summary: 'Rehearsal history, newest first',
      description: PRIVACY,
      querystring: RehearsalsQuery,
      response: { 200: RehearsalList, ...errors },
    },
    handler: async (req) => ({ items: await rehearsals.listRehearsals(req.ctx, req.query) }),
  });

  app.get('/api/practice/weakest', {
    schema: {
      tags,
      summary: 'Prompts to practise next, weakest first, each with a reason',
      querystring: WeakestQuery,
      response: { 200: WeakestList, ...errors },
    },
    handler: async (req) => ({ items: await rehearsals.weakestPrompts(req.ctx, req.query) }),
  });

  app.post('/api/coach/analyze', {
    schema: {
      tags,
      summary: 'Feedback on an answer: findings and metrics (nothing is stored)',
      description: `The same coach runs in the browser on every keystroke; this endpoint serves other clients. ${PRIVACY}`,
      body: AnalyzeRequest,
      response: { 200: Analysis, ...errors },
    },
    handler: (req) => analyzeAnswer(resolvePrompt(req.body.prompt), req.body.answer, req.body.options),
  });
};
