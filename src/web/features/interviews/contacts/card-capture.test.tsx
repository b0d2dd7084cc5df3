// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CardCapture } from './card-capture.js';
import { renderWithApp, stubApi } from '../../../../../test/support/web.js';

const OPP = '00000000-0000-7000-8000-0000000000a1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function open() {
  fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));
  return screen.getByRole('dialog', { name: 'Add a person' });
}

describe('CardCapture', () => {
  it('adds a person in two taps: open, type the name, save', async () => {
    const calls = stubApi((_m, _u, body) => [201, { ...(body as object), id: (body as { id: string }).id }]);
    const onSaved = vi.fn();
    renderWithApp(<CardCapture opportunityId={OPP} employerName="Initech" onSaved={onSaved} />);
    const dialog = open();
    const name = within(dialog).getByRole('textbox', { name: /Name/ });
    expect(document.activeElement).toBe(name);
    fireEvent.change(name, { target: { value: 'Rita Sousa' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save person' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.url).toBe('/api/people');
    const body = calls[0]?.body as Record<string, unknown>;
    expect(body.id).toMatch(UUID);
    expect(body).toEqual({
      id: body.id,
      name: 'Rita Sousa',
      title: null,
      role: 'interviewer',
      email: null,
      phone: null,
      links: [],
      employerName: 'Initech',
      opportunityIds: [OPP],
    });
    expect(onSaved).toHaveBeenCalledWith(body.id);
    await screen.findByText('Added Rita Sousa.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('saves nothing without a name, and shows the server’s message under the field it names', async () => {
    const calls = stubApi(() => [400, { error: { code: 'validation', message: 'email must be an email address', field: 'email' } }]);
    const onSaved = vi.fn();
    renderWithApp(<CardCapture opportunityId={OPP} employerName="Initech" onSaved={onSaved} />);
    const dialog = open();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save person' }));
    await within(dialog).findByText('Enter the person’s name.');
    expect(calls).toHaveLength(0);

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Name/ }), { target: { value: 'Rita Sousa' } });
    const email = within(dialog).getByRole('textbox', { name: 'Email' });
    fireEvent.change(email, { target: { value: 'rita@' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save person' }));
    await within(dialog).findByText('Must be an email address');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(calls).toHaveLength(1);
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Add a person' })).toBeTruthy();
  });

  it('takes a person from a vCard with several contacts: pick one, review, save with the card’s organisation', async () => {
    const calls = stubApi((_m, _u, body) => [201, body]);
    renderWithApp(<CardCapture opportunityId={OPP} employerName="Initech" />);
    const dialog = open();
    fireEvent.mouseDown(within(dialog).getByRole('tab', { name: 'vCard' }));
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Ana Silva',
      'EMAIL:ana@initech.com',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Ben Ode',
      'TITLE:Talent Partner',
      'ORG:Other Co',
      'TEL:+1 555 010 0199',
      'END:VCARD',
    ].join('\r\n');
    const file = Object.assign(new File([vcf], 'team.vcf', { type: 'text/vcard' }), { text: () => Promise.resolve(vcf) });
    const input = dialog.querySelector('input[type="file"][accept*=".vcf"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [file] } });
    fireEvent.click(await within(dialog).findByRole('button', { name: /Ben Ode/ }));
    expect((within(dialog).getByRole('textbox', { name: 'Employer' }) as HTMLInputElement).value).toBe('Other Co');
    expect((within(dialog).getByRole('textbox', { name: 'Phone' }) as HTMLInputElement).value).toBe('+1 555 010 0199');
    expect(calls).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save person' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.body).toMatchObject({
      name: 'Ben Ode',
      title: 'Talent Partner',
      role: 'recruiter',
      phone: '+1 555 010 0199',
      employerName: 'Other Co',
      opportunityIds: [OPP],
    });
  });

  it('offers a photo input that opens the camera, and loads no OCR until a photo is chosen', () => {
    stubApi(() => [200, {}]);
    renderWithApp(<CardCapture opportunityId={OPP} employerName="Initech" />);
    const dialog = open();
    fireEvent.mouseDown(within(dialog).getByRole('tab', { name: 'Card photo' }));
    const camera = within(dialog).getByLabelText('Take a photo of the card') as HTMLInputElement;
    expect(camera.type).toBe('file');
    expect(camera.accept).toBe('image/*');
    expect(camera.getAttribute('capture')).toBe('environment');
    expect(within(dialog).getByText(/read on this device/)).toBeTruthy();
  });
});
