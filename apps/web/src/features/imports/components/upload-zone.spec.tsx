import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render-with-providers';
import { UploadZone } from './upload-zone';

function choose(file: File) {
  fireEvent.change(screen.getByTestId('import-file-input'), { target: { files: [file] } });
}

/** A File that says it is this big without holding the bytes. */
function fileOfSize(name: string, size: number): File {
  const file = new File(['x'], name);
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('UploadZone', () => {
  it('refuses a file over 50 MB before sending it, in the user language', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    renderWithProviders(<UploadZone />, { lng: 'uk' });
    choose(fileOfSize('huge.csv', 50 * 1024 * 1024 + 1));
    expect((await screen.findByTestId('import-upload-error')).textContent).toBe('Файл більший за 50\u00a0МБ. Розділіть його на менші файли.');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('sends the file with the CSRF header and opens the import', async () => {
    const fetchSpy = vi.fn().mockResolvedValue(new Response(JSON.stringify({ id: '7d3f0c1e-0000-4000-8000-000000000001' }), { status: 201 }));
    vi.stubGlobal('fetch', fetchSpy);
    renderWithProviders(<UploadZone />, { route: '/imports' });
    choose(new File(['Прізвище;Імʼя\nШевченко;Тарас\n'], 'люди.csv'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/imports/7d3f0c1e-0000-4000-8000-000000000001'));
    const [url, init] = fetchSpy.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(`/api/imports?name=${encodeURIComponent('люди.csv')}`);
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'x-hromada-csrf': '1', 'accept-language': 'en' });
  });

  it("shows the server's refusal", async () => {
    const body = { error: { code: 'IMPORT_REFUSED', i18nKey: 'imports:error.wrongType', params: {}, message: 'x' } };
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify(body), { status: 422 })));
    renderWithProviders(<UploadZone />);
    choose(new File(['%PDF-1.7'], 'scan.pdf'));
    expect((await screen.findByTestId('import-upload-error')).textContent).toContain('This file is not a CSV or XLSX table');
  });
});
