// @vitest-environment jsdom
import { describe, it, expect, afterEach } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { Snippet } from './search-page.js';

afterEach(cleanup);

describe('Snippet', () => {
  it('marks only the matched parts and renders markup in the text as plain text', () => {
    const { container } = render(
      <Snippet
        parts={[
          { text: 'They publish a ', match: false },
          { text: 'roadmap', match: true },
          { text: ' <b>openly</b>', match: false },
        ]}
      />,
    );
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['roadmap']);
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('They publish a roadmap <b>openly</b>');
  });
});
