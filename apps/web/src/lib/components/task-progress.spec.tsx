import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render-with-providers';
import { TaskProgress } from './task-progress';

const task = (status: string, done: number, total: number | null) => ({
  __typename: 'BackgroundTask' as const, id: 't1', kind: 'import', status, done, total, result: null, errorKey: null, finishedAt: null,
});

describe('TaskProgress', () => {
  it('shows how far a running task has got, in the user language', async () => {
    renderWithProviders(<TaskProgress task={task('running', 1234, 5000)} label="Імпорт" />, { lng: 'uk' });
    expect(await screen.findByText(/1\s234 з 5\s000 \(25%\)/)).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Імпорт' }) as HTMLProgressElement;
    expect(bar.value).toBe(1234);
    expect(bar.max).toBe(5000);
  });

  it('says when it is waiting and when it has finished', () => {
    const waiting = renderWithProviders(<TaskProgress task={null} label="Import" />);
    expect(screen.getByText('Waiting to start…')).toBeTruthy();
    waiting.unmount();
    renderWithProviders(<TaskProgress task={task('succeeded', 10, 10)} label="Import" />);
    expect(screen.getByText('Finished')).toBeTruthy();
  });
});
