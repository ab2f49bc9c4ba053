import { ApolloLink } from '@apollo/client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render-with-providers';
import { ImportPage } from './import-page';

const unit = { __typename: 'OrgUnit', id: 'b1', code: 'UA-32-01-001', nameUk: 'Осередок м. Буча', nameEn: 'Bucha branch' };

function importRecord(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ContactImport',
    id: 'i1',
    fileName: 'members.xlsx',
    format: 'XLSX',
    encoding: null,
    delimiter: null,
    size: 4096,
    rowCount: 3,
    headers: ['Прізвище', "Ім'я", 'Телефон', 'Нотатка'],
    sample: [['Шевченко', 'Тарас', '067 123 45 67', 'x'], ['Косач', 'Лариса', '12345', '']],
    status: 'UPLOADED',
    mapping: ['LAST_NAME', 'FIRST_NAME', 'PHONE', 'IGNORE'],
    mappingSource: 'SUGGESTED',
    matchMode: 'UPDATE_MATCHING',
    errorMode: 'SKIP_BAD_ROWS',
    dryRun: null,
    errorKey: null,
    errorParams: null,
    taskId: null,
    reportUrl: null,
    createdAt: '2026-11-23T10:00:00Z',
    finishedAt: null,
    targetOrgUnit: unit,
    counts: null,
    ...overrides,
  };
}

const counts = (values: Partial<Record<'total' | 'created' | 'updated' | 'skipped' | 'errors', number>>) => ({
  __typename: 'ContactImportCounts', total: 3, created: 0, updated: 0, skipped: 0, errors: 0, ...values,
});

const errorRow = {
  __typename: 'ContactImportRow',
  row: 3,
  outcome: 'ERROR',
  contactId: null,
  contact: null,
  errors: [{ __typename: 'ContactImportRowError', field: 'phone', column: 2, header: 'Телефон', i18nKey: 'errors:phoneInvalid', params: { value: '12345' }, value: '12345' }],
};
const createdRow = {
  __typename: 'ContactImportRow',
  row: 2,
  outcome: 'CREATED',
  contactId: 'c9',
  contact: { __typename: 'Contact', id: 'c9', displayName: 'Шевченко Тарас', phone: '+380671234567', email: null },
  errors: [],
};

/** A stand-in for the API: the import's state moves as the mutations and the task say. */
function fakeApi(start: Record<string, unknown>) {
  let current = importRecord(start);
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  let runs = 0;
  const rows = (outcome: string) => (current.status === 'IMPORTED' && outcome === 'CREATED' ? [createdRow] : outcome === 'ERROR' ? [errorRow] : []);
  const link = new ApolloLink((operation) => {
    const { variables } = operation;
    const name = operation.operationName ?? '';
    calls.push({ name, variables });
    let data: Record<string, unknown> = {};
    if (name === 'ContactImport') data = { contactImport: current };
    if (name === 'SetContactImportMapping') {
      current = importRecord({ ...current, mapping: variables.mapping, mappingSource: 'SET', ...(variables.options as object), status: 'UPLOADED' });
      data = { setContactImportMapping: current };
    }
    if (name === 'RunContactImport') {
      runs += 1;
      current = importRecord({ ...current, status: variables.dryRun ? 'CHECKING' : 'IMPORTING', taskId: `t${runs}` });
      data = { runContactImport: current };
    }
    if (name === 'BackgroundTask' && (current.status === 'CHECKING' || current.status === 'IMPORTING')) {
      // The task is done as soon as it is asked about: the import moves to where the run leaves it.
      const dryRun = current.status === 'CHECKING';
      current = importRecord({
        ...current,
        status: dryRun ? 'CHECKED' : 'IMPORTED',
        dryRun,
        counts: counts({ created: 1, errors: 1, skipped: 1 }),
        reportUrl: '/api/imports/i1/report.csv',
        finishedAt: dryRun ? '2026-11-23T10:01:00Z' : '2026-11-23T10:02:00Z',
      });
    }
    if (name === 'BackgroundTask') {
      data = { backgroundTask: { __typename: 'BackgroundTask', id: variables.id, kind: 'contacts.import', status: 'succeeded', done: 3, total: 3, result: null, errorKey: null, finishedAt: '2026-11-23T10:01:00Z' } };
    }
    if (name === 'ContactImportRows') {
      const found = rows(String(variables.outcome));
      data = {
        contactImport: {
          __typename: 'ContactImport',
          id: 'i1',
          rows: {
            __typename: 'ContactImportRowConnection',
            totalCount: found.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: found.map((node) => ({ __typename: 'ContactImportRowEdge', cursor: `r${node.row}`, node })),
          },
        },
      };
    }
    if (name === 'ContactImportTargetUnits') data = { contactImportTargetUnits: [unit] };
    return of({ data });
  });
  return { link, calls };
}

const render = (start: Record<string, unknown> = {}, lng: 'en' | 'uk' = 'en') => {
  const api = fakeApi(start);
  renderWithProviders(<ImportPage />, { link: api.link, lng, route: '/imports/i1', path: '/imports/:id' });
  return api;
};

describe('ImportPage', () => {
  it('shows the suggested mapping, saves a change with the check, lists the row errors, then imports', async () => {
    const api = render();
    expect((await screen.findByTestId('import-file-name')).textContent).toBe('members.xlsx');
    expect(screen.getByTestId('import-mapping-source').textContent).toContain('guessed from the headers');
    const phone = screen.getByTestId('import-mapping-select-2') as HTMLSelectElement;
    expect(phone.value).toBe('PHONE');
    expect(within(screen.getAllByTestId('import-mapping-row')[2]).getByText('067 123 45 67 · 12345')).toBeTruthy();
    fireEvent.change(screen.getByTestId('import-mapping-select-3'), { target: { value: 'NOTES' } });
    fireEvent.click(screen.getByTestId('import-error-mode-all'));
    fireEvent.click(screen.getByTestId('import-error-mode-skip'));

    fireEvent.click(screen.getByTestId('import-check'));
    expect(await screen.findByText('“12345” is not a phone number. Enter it with the area code, e.g. 067 123 45 67 or +48 512 345 678.')).toBeTruthy();
    const saved = api.calls.find((c) => c.name === 'SetContactImportMapping')!;
    expect(saved.variables).toEqual({
      id: 'i1',
      mapping: ['LAST_NAME', 'FIRST_NAME', 'PHONE', 'NOTES'],
      options: { targetOrgUnitId: 'b1', matchMode: 'UPDATE_MATCHING', errorMode: 'SKIP_BAD_ROWS' },
    });
    expect(api.calls.find((c) => c.name === 'RunContactImport')?.variables).toEqual({ id: 'i1', dryRun: true });
    expect(screen.getByTestId('import-count-created').textContent).toBe('Will be created1');
    expect(screen.getByTestId('task-progress').getAttribute('data-status')).toBe('succeeded');
    expect(screen.getByTestId('import-report-link').getAttribute('href')).toBe('/api/imports/i1/report.csv?lang=en');

    fireEvent.click(screen.getByTestId('import-start'));
    await waitFor(() => expect(screen.getByTestId('import-status').getAttribute('data-status')).toBe('IMPORTED'));
    expect(api.calls.filter((c) => c.name === 'RunContactImport').map((c) => c.variables.dryRun)).toEqual([true, false]);
    const created = await screen.findByTestId('imported-contacts-created');
    expect(within(created).getByRole('link', { name: /Шевченко Тарас/ }).getAttribute('href')).toBe('/contacts/c9');
    expect(screen.queryByTestId('import-check')).toBeNull();
  });

  it('does not offer the import while all-or-nothing rows have errors, in Ukrainian', async () => {
    render({ status: 'CHECKED', dryRun: true, mappingSource: 'SET', errorMode: 'ALL_OR_NOTHING', counts: counts({ created: 2, errors: 1 }), reportUrl: '/api/imports/i1/report.csv' }, 'uk');
    const start = (await screen.findByTestId('import-start')) as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    expect(screen.getByText(/У режимі «усе або нічого» імпорт неможливий/)).toBeTruthy();
    expect(await screen.findByText(/«12345» — не номер телефону/)).toBeTruthy();
  });

  it('asks for a new check once the mapping changes after one', async () => {
    render({ status: 'CHECKED', dryRun: true, mappingSource: 'SET', counts: counts({ created: 2, errors: 1 }) });
    expect(await screen.findByTestId('import-start')).toBeTruthy();
    fireEvent.change(screen.getByTestId('import-mapping-select-3'), { target: { value: 'TAGS' } });
    expect(screen.queryByTestId('import-start')).toBeNull();
    expect(screen.queryByTestId('import-results')).toBeNull();
  });

  it('shows why the last run failed', async () => {
    render({ status: 'FAILED', dryRun: false, mappingSource: 'SET', errorKey: 'imports:error.allOrNothingRejected', errorParams: { count: 4 }, counts: counts({ errors: 4 }) });
    expect((await screen.findByTestId('import-failure')).textContent).toBe('Nothing was imported: 4 rows have errors, and all-or-nothing was chosen.');
  });
});
