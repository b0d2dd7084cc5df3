// @vitest-environment jsdom
import { describe, it, expect, afterEach, beforeAll } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { getPrompt } from '../../../core/library/prompts/index.js';
import { CoachedTextarea } from './coached-textarea.js';
import { loadCoach } from './coach-loader.js';

// Load the lazy coach chunk once up front so a busy machine cannot time out the first render.
beforeAll(async () => {
  await loadCoach();
}, 30_000);

afterEach(cleanup);

function Harness({ initial }: { initial: string }) {
  const [v, setV] = useState(initial);
  return (
    <>
      <label htmlFor="a">Answer</label>
      <CoachedTextarea id="a" value={v} onChange={setV} prompt={getPrompt('why-did-you-leave')} />
    </>
  );
}

const marks = (code: string) => document.querySelectorAll(`[data-testid="coach-highlights"] mark[data-codes~="${code}"]`);

describe('CoachedTextarea', () => {
  it('highlights employer negativity as the user types and drops it once the text is fixed', async () => {
    render(<Harness initial="" />);
    const box = screen.getByRole('textbox', { name: 'Answer' });
    await screen.findByText(/Start typing/);
    fireEvent.change(box, { target: { value: 'I left because my old boss was an idiot and the pay was a joke.' } });
    await waitFor(() => expect(marks('employer-negativity').length).toBeGreaterThan(0));
    expect(marks('employer-negativity')[0]?.textContent).toMatch(/idiot/);
    const feedback = screen.getByRole('region', { name: 'Coach feedback' });
    expect(within(feedback).getAllByText('Negative about a past employer').length).toBeGreaterThan(0);
    expect(within(feedback).queryByText('employer-negativity')).toBeNull();
    // The worst kind comes first, and the score sits beside the answer.
    expect(feedback.querySelector('li[data-code]')?.getAttribute('data-code')).toBe('employer-negativity');
    expect(within(screen.getByLabelText('Answer metrics')).getByText(/^\d+ \/ 100$/)).toBeTruthy();

    fireEvent.change(box, { target: { value: 'I left because I had grown as far as the role allowed and wanted a bigger challenge.' } });
    await waitFor(() => expect(marks('employer-negativity')).toHaveLength(0));
    // A good answer gets praise, not just silence.
    const works = await screen.findByRole('region', { name: 'What works' });
    expect(within(works).getByText(/clear, neutral reason/)).toBeTruthy();
  });

  it('shows fillers as one card with the count and the words', async () => {
    render(<Harness initial="Um, so, like, I left because, um, the contract ended and, uh, you know, I wanted to, um, grow." />);
    const card = await waitFor(() => {
      const el = document.querySelector('li[data-code="filler-words"]');
      if (!el) throw new Error('no filler card');
      return el as HTMLElement;
    });
    expect(document.querySelectorAll('li[data-code="filler-words"]')).toHaveLength(1);
    expect(within(card).getByText(/\d+ fillers .*"um" ×3/)).toBeTruthy();
  });

  it('records a coach-update measure for each keystroke', async () => {
    performance.clearMeasures('coach-update');
    render(<Harness initial="" />);
    await screen.findByText(/Start typing/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Answer' }), { target: { value: 'um so' } });
    await waitFor(() => expect(performance.getEntriesByName('coach-update').length).toBeGreaterThan(0));
  });

  it('selects the finding’s words in the textarea from the findings list, for keyboard users', async () => {
    render(<Harness initial="Honestly my manager was useless, so I left." />);
    const show = await screen.findByRole('button', { name: /Show “.*useless.*” in the text/ });
    fireEvent.click(show);
    const box = screen.getByRole('textbox', { name: 'Answer' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(box);
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toMatch(/useless/);
    await screen.findByText(/At the cursor:/);
  });
});
