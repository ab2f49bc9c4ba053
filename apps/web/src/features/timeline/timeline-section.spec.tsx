import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContactTimelineDocument, LogContactActivityDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-with-providers';
import { TimelineSection } from './timeline-section';

let seq = 0;
const entry = (kind: string, payload: Record<string, unknown> | null, extra: Record<string, unknown> = {}) => ({
  __typename: 'ContactActivity', id: `a${++seq}`, kind, subject: null, body: null, occurredAt: '2026-01-05T10:00:00Z', payload, actorName: null, ...extra,
});
const page = (entries: ReturnType<typeof entry>[], { total = entries.length, next = null as string | null } = {}) => ({
  data: {
    contact: {
      __typename: 'Contact',
      id: 'c1',
      timeline: {
        __typename: 'ContactActivityConnection',
        totalCount: total,
        pageInfo: { __typename: 'PageInfo', hasNextPage: next !== null, endCursor: next },
        edges: entries.map((node) => ({ __typename: 'ContactActivityEdge', cursor: `cur-${node.id}`, node })),
      },
    },
  },
});
const request = (after?: string) => ({ query: ContactTimelineDocument, variables: { id: 'c1', first: 20, ...(after ? { after } : {}) } });
const texts = () => screen.getAllByTestId('timeline-entry').map((li) => li.textContent);

describe('TimelineSection', () => {
  it('writes system events as sentences from whatever their payload holds, in the UI language', async () => {
    const entries = [
      entry('STATUS_CHANGED', { from: 'candidate', to: 'member', reason: 'Рішення зборів' }),
      entry('STATUS_CHANGED', { to: 'suspended' }),
      entry('PAID', { amountKopiyky: 25000, method: 'cash' }),
      entry('PAID', { amountKopiyky: '12050', method: 'терміналом' }),
      entry('PAID', {}),
      entry('MERGED', { mergedName: 'Шевченко Т.' }),
      entry('IMPORTED', null),
      entry('TRANSFERRED', { fromUnitName: 'Буча', toUnitName: 'Ірпінь' }),
      entry('CREATED', null),
    ];
    renderWithProviders(<TimelineSection contactId="c1" canWrite={false} />, { lng: 'uk', mocks: [{ request: request(), result: page(entries) }] });
    await screen.findAllByTestId('timeline-entry');
    const all = texts();
    expect(all[0]).toContain('Статус членства змінено з «Кандидат» на «Член».');
    expect(all[0]).toContain('Причина: Рішення зборів');
    expect(all[1]).toContain('Встановлено статус членства «Призупинено».');
    expect(all[2]).toContain('Отримано оплату 250,00\u00a0₴ (готівкою).');
    expect(all[3]).toContain('Отримано оплату 120,50\u00a0₴ (терміналом).');
    expect(all[4]).toContain('Отримано оплату.');
    expect(all[5]).toContain('Об’єднано із записом Шевченко Т..');
    expect(all[6]).toContain('Імпортовано з файлу.');
    expect(all[7]).toContain('Переведено з підрозділу «Буча» до «Ірпінь».');
    expect(all[8]).toContain('Запис створено.');
    expect(all.every((text) => !/undefined|null/.test(text ?? ''))).toBe(true);
    expect(screen.queryByTestId('log-activity-open')).toBeNull();
  });

  it('shows logged activities with their author, and earlier entries on request', async () => {
    const call = entry('CALL', null, { subject: 'Called about the meeting', body: 'Will come.', actorName: 'Olena Bondarenko' });
    const older = entry('NOTE', null, { subject: 'Older note' });
    renderWithProviders(<TimelineSection contactId="c1" canWrite />, {
      mocks: [
        { request: request(), result: page([call], { total: 2, next: `cur-${call.id}` }) },
        { request: request(`cur-${call.id}`), result: page([older], { total: 2 }) },
      ],
    });
    expect((await screen.findByTestId('timeline-total')).textContent).toBe('2 entries');
    expect(texts()[0]).toContain('Call');
    expect(texts()[0]).toContain('by Olena Bondarenko');
    expect(texts()[0]).toContain('Will come.');
    fireEvent.click(screen.getByTestId('timeline-show-more'));
    await waitFor(() => expect(texts()).toHaveLength(2));
    expect(texts()[1]).toContain('Older note');
    expect(screen.queryByTestId('timeline-show-more')).toBeNull();
  });

  it('logs an activity and shows it first', async () => {
    const sent: Record<string, unknown>[] = [];
    const logged = entry('MEETING', null, { subject: 'Met at the office', actorName: 'Olena Bondarenko' });
    renderWithProviders(<TimelineSection contactId="c1" canWrite />, {
      mocks: [
        { request: request(), result: page([]) },
        { request: { query: LogContactActivityDocument, variables: (v: Record<string, unknown>) => (sent.push(v), true) }, result: { data: { logContactActivity: { __typename: 'ContactActivity', id: logged.id } } } },
        { request: request(), result: page([logged]) },
      ],
    });
    expect(await screen.findByText('Nothing has been recorded for this contact yet.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('log-activity-open'));
    fireEvent.change(screen.getByTestId('log-activity-kind'), { target: { value: 'MEETING' } });
    fireEvent.change(screen.getByLabelText('Subject'), { target: { value: 'Met at the office' } });
    fireEvent.change(screen.getByLabelText('When it happened'), { target: { value: '2026-01-05T12:30' } });
    fireEvent.click(screen.getByTestId('log-activity-submit'));
    await waitFor(() => expect(texts()[0]).toContain('Met at the office'));
    expect(sent[0]).toMatchObject({ contactId: 'c1', kind: 'MEETING', subject: 'Met at the office', body: null, occurredAt: new Date('2026-01-05T12:30').toISOString() });
  });
});
