// @vitest-environment jsdom
import { describe, it, expect, afterAll, afterEach, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { getPrompt } from '../../../core/library/prompts/index.js';
import { renderWithApp, stubApi } from '../../../../test/support/web.js';
import { loadCoach } from './coach-loader.js';
import { RehearsalRun } from './rehearsal.js';
import { StoryForm } from './story-form.js';

// The editor loads the coach lazily; let that import finish before the environment is torn down.
afterAll(() => loadCoach());

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const prompt = getPrompt('why-did-you-leave');
if (!prompt) throw new Error('library prompt missing');

describe('RehearsalRun', () => {
  it('runs think time into a timer with Space, then saves the typed answer, duration and rating', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    const calls = stubApi((method) => (method === 'POST' ? [201, { id: 'r1' }] : [200, { items: [] }]));
    renderWithApp(<RehearsalRun prompt={prompt} opportunityId={null} />);
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(screen.getByRole('timer', { name: 'Thinking time left' }).textContent).toBe('0:30');
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(screen.getByRole('timer', { name: 'Speaking time' })).toBeTruthy();
    act(() => vi.advanceTimersByTime(20_000));
    expect(screen.getByRole('timer', { name: 'Speaking time' }).textContent).toBe('0:20');
    fireEvent.keyDown(document.body, { key: ' ' });

    fireEvent.change(await screen.findByRole('textbox', { name: 'What you said' }), { target: { value: 'I wanted a bigger challenge.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rehearsal' }));
    expect(screen.getByText('Pick a rating from 1 to 5.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fireEvent.click(screen.getByRole('radio', { name: '4 · Good' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save rehearsal' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/rehearsals');
    expect(post?.body).toMatchObject({
      promptId: 'why-did-you-leave',
      opportunityId: null,
      answerText: 'I wanted a bigger challenge.',
      durationSeconds: 20,
      selfRating: 4,
    });
  });

  it('does not start the clock when Space is typed into a field', () => {
    stubApi(() => [200, { items: [] }]);
    renderWithApp(<RehearsalRun prompt={prompt} opportunityId={null} />);
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Thinking time' }), { key: ' ' });
    expect(screen.queryByRole('timer')).toBeNull();
  });
});

describe('StoryForm', () => {
  it('sends skills and numbers as lists and shows a server field error beside its field', async () => {
    const calls = stubApi(() => [400, { error: { code: 'validation', message: 'title must be at most 200 characters', field: 'title' } }]);
    renderWithApp(<StoryForm onDone={() => undefined} />);
    fireEvent.change(screen.getByRole('textbox', { name: /^Title/ }), { target: { value: 'Saved the launch' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Skills it shows' }), { target: { value: 'planning, SQL' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Numbers' }), { target: { value: '3 weeks early' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add story' }));
    await screen.findByText('Must be at most 200 characters');
    expect(calls[0]?.body).toMatchObject({ title: 'Saved the launch', skills: ['planning', 'SQL'], numbers: ['3 weeks early'] });
  });
});
