// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { renderWithApp, stubApi } from '../../../../test/support/web.js';
import { ReflectionSection } from './reflection-form.js';

const IV = '0190a000-0000-7000-8000-00000000aaaa';
const prompts = [
  {
    id: 'tell-me-about-yourself',
    text: 'Tell me about yourself.',
    category: 'opening',
    behavioural: false,
    intent: '',
    targetSeconds: { min: 60, max: 90 },
    pitfalls: [],
  },
  {
    id: 'biggest-failure',
    text: 'Tell me about a failure.',
    category: 'behavioural',
    behavioural: true,
    intent: '',
    targetSeconds: { min: 60, max: 90 },
    pitfalls: [],
  },
];

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderSection() {
  const root = createRootRoute({ component: () => <ReflectionSection interviewId={IV} /> });
  const router = createRouter({ routeTree: root, history: createMemoryHistory({ initialEntries: ['/'] }) });
  return renderWithApp(<RouterProvider router={router} />);
}

describe('ReflectionSection', () => {
  it('starts blank before a reflection exists and saves rating, texts and linked stumpers, dropping blank rows', async () => {
    const calls = stubApi((method, url, body) => {
      if (url === '/api/prompts') return [200, { items: prompts }];
      if (method === 'GET') return [404, { error: { code: 'not-found', message: 'reflection not found' } }];
      return [200, { interviewId: IV, updatedAt: '2026-03-03T18:00:00.000Z', ...(body as object) }];
    });
    renderSection();
    const form = await screen.findByRole('form', { name: 'Reflection' });
    fireEvent.click(within(form).getByRole('radio', { name: '4 · Well' }));
    fireEvent.change(within(form).getByRole('textbox', { name: 'What went well' }), { target: { value: 'Stories landed.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a question that stumped you' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add a question that stumped you' }));
    fireEvent.change(within(form).getByRole('textbox', { name: 'Question 2' }), { target: { value: 'A failure you learned from' } });
    await within(within(form).getByRole('combobox', { name: 'Practice prompt for question 2' })).findByRole('option', {
      name: 'Tell me about a failure.',
    });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Practice prompt for question 2' }), {
      target: { value: 'biggest-failure' },
    });
    expect(within(form).getByRole('link', { name: 'Rehearse this' }).getAttribute('href')).toBe('/practice/biggest-failure');
    fireEvent.click(within(form).getByRole('button', { name: 'Save reflection' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      url: `/api/interviews/${IV}/reflection`,
      body: {
        rating: 4,
        wentWell: 'Stories landed.',
        toImprove: '',
        signals: '',
        stumpers: [{ text: 'A failure you learned from', promptId: 'biggest-failure' }],
      },
    });
  });

  it('shows a server error beside the form row it names', async () => {
    stubApi((method, url) => {
      if (url === '/api/prompts') return [200, { items: prompts }];
      if (method === 'GET')
        return [
          200,
          { interviewId: IV, updatedAt: '2026-03-03T18:00:00.000Z', rating: null, wentWell: '', toImprove: '', signals: '', stumpers: [] },
        ];
      return [400, { error: { code: 'validation', message: 'stumpers.0.promptId is not a known prompt', field: 'stumpers.0.promptId' } }];
    });
    renderSection();
    const form = await screen.findByRole('form', { name: 'Reflection' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a question that stumped you' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add a question that stumped you' }));
    fireEvent.change(within(form).getByRole('textbox', { name: 'Question 2' }), { target: { value: 'Why us?' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save reflection' }));
    // Body row 0 is form row 2 (row 1 was blank and dropped).
    const select = within(form).getByRole('combobox', { name: 'Practice prompt for question 2' });
    await waitFor(() => expect(select.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(select.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Is not a known prompt');
  });

  it('checks in the browser first and sends nothing for a linked prompt without a question', async () => {
    const calls = stubApi((method, url) =>
      url === '/api/prompts'
        ? [200, { items: prompts }]
        : method === 'GET'
          ? [404, { error: { code: 'not-found', message: 'x' } }]
          : [200, {}],
    );
    renderSection();
    const form = await screen.findByRole('form', { name: 'Reflection' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a question that stumped you' }));
    await within(form).findByRole('option', { name: 'Tell me about yourself.' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Practice prompt for question 1' }), {
      target: { value: 'tell-me-about-yourself' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save reflection' }));
    await screen.findByText('Write the question, or remove the row.');
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });
});
