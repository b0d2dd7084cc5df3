// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { researchChecklist } from '../../../core/research/index.js';
import { FactForm } from './fact-form.js';
import { renderWithApp, stubApi } from '../../../../test/support/web.js';

const EMP = '00000000-0000-7000-8000-0000000000e1';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('FactForm', () => {
  it('saves with Ctrl+Enter on the first gap topic and returns focus to an empty statement', async () => {
    const calls = stubApi((method) => (method === 'POST' ? [201, { id: 'f1' }] : [200, {}]));
    renderWithApp(<FactForm employerId={EMP} checklist={researchChecklist([{ topic: 'what-they-do' }])} />);
    expect((screen.getByRole('combobox', { name: 'Topic' }) as HTMLSelectElement).value).toBe('products-and-services');
    const statement = screen.getByRole('textbox', { name: /What you found out/ });
    fireEvent.change(statement, { target: { value: 'They sell route planning to couriers.' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Source link' }), { target: { value: 'https://example.org/p' } });
    fireEvent.keyDown(statement, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect((statement as HTMLTextAreaElement).value).toBe(''));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(`/api/employers/${EMP}/facts`);
    expect(calls[0]?.body).toMatchObject({
      topic: 'products-and-services',
      statement: 'They sell route planning to couriers.',
      sourceUrl: 'https://example.org/p',
    });
    expect(document.activeElement).toBe(statement);
  });

  it('shows the API’s field error next to that field and keeps the text', async () => {
    stubApi(() => [400, { error: { code: 'validation', message: 'sourceUrl must be an http or https link', field: 'sourceUrl' } }]);
    renderWithApp(<FactForm employerId={EMP} checklist={undefined} />);
    fireEvent.change(screen.getByRole('textbox', { name: /What you found out/ }), { target: { value: 'A fact' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Source link' }), { target: { value: 'https://exa mple' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add fact' }));
    await screen.findByText('Must be an http or https link');
    expect(screen.getByRole('textbox', { name: 'Source link' }).getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('textbox', { name: /What you found out/ }) as HTMLTextAreaElement).value).toBe('A fact');
  });

  it('refuses an empty statement without calling the API', () => {
    const calls = stubApi(() => [201, {}]);
    renderWithApp(<FactForm employerId={EMP} checklist={undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add fact' }));
    expect(screen.getByText('Write what you found out.')).not.toBeNull();
    expect(calls).toHaveLength(0);
  });
});
