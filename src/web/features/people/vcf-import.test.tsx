// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { VcfImport } from './vcf-import.js';
import { renderWithApp, stubApi } from '../../../../test/support/web.js';

const OPP = '00000000-0000-7000-8000-0000000000a1';
const VCF = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Ana Silva',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'NOTE:no name here',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Ben Ode',
  'ORG:Other Co',
  'END:VCARD',
].join('\r\n');

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('VcfImport', () => {
  it('previews good cards and bad ones by line, and saves only the ticked cards on confirm', async () => {
    const calls = stubApi(() => [201, { items: [{ id: 'p1' }] }]);
    const { container } = renderWithApp(<VcfImport opportunityId={OPP} employerName="Initech" />);
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    // jsdom's File has no text(); browsers do.
    const file = Object.assign(new File([VCF], 'team.vcf', { type: 'text/vcard' }), { text: () => Promise.resolve(VCF) });
    fireEvent.change(input, { target: { files: [file] } });
    await screen.findByText('Preview of team.vcf');
    expect(screen.getByText(/^Line 5:/)).not.toBeNull();
    expect(calls).toHaveLength(0);
    fireEvent.click(screen.getByRole('checkbox', { name: /Ana Silva/ }));
    // The card says nothing of who Ben is to the user: the role is chosen in the preview, not stuck at "Other".
    fireEvent.change(screen.getByRole('combobox', { name: 'Role of Ben Ode' }), { target: { value: 'hiring-manager' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 person' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.url).toBe('/api/people/import');
    expect(calls[0]?.body).toEqual({
      people: [{ name: 'Ben Ode', role: 'hiring-manager', employerName: 'Other Co', opportunityIds: [OPP] }],
    });
    await screen.findByText('Imported 1 person.');
  });
});
