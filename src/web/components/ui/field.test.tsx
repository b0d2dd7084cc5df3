// @vitest-environment jsdom
import { describe, it, expect, afterEach } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Field, Input } from './field.js';

afterEach(cleanup);

describe('Field', () => {
  it('labels its control and ties the error message to it', () => {
    render(
      <Field label="Employer" required error="Enter the employer’s name.">
        {({ id, describedBy, invalid }) => <Input id={id} aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>,
    );
    const input = screen.getByLabelText(/Employer/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Enter the employer’s name.');
    expect(screen.getByText('(required)')).not.toBeNull();
  });

  it('has no error wiring when the value is fine', () => {
    render(<Field label="Location">{({ id, describedBy }) => <Input id={id} aria-describedby={describedBy} />}</Field>);
    expect(screen.getByLabelText('Location').hasAttribute('aria-describedby')).toBe(false);
  });
});
