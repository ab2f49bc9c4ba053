import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render-with-providers';
import { DuesSummary } from './dues-summary';

const NBSP = '\u00a0';
const owing = {
  __typename: 'ContactDues' as const,
  balanceKopiyky: -8000,
  arrearsKopiyky: 8000,
  lastPaymentOn: '2026-02-05',
  viewerCanWrite: true,
  periodsInArrears: [
    { __typename: 'DuesUnpaidPeriod' as const, period: '2026-02', dueOn: '2026-02-01', amountKopiyky: 5000, outstandingKopiyky: 3000 },
    { __typename: 'DuesUnpaidPeriod' as const, period: '2026-03', dueOn: '2026-03-01', amountKopiyky: 5000, outstandingKopiyky: 5000 },
  ],
};

describe('DuesSummary', () => {
  it('shows the balance in red with the unpaid months, oldest first, in Ukrainian', () => {
    renderWithProviders(<DuesSummary dues={owing} />, { lng: 'uk' });
    expect(screen.getByTestId('dues-balance').textContent).toBe(`-80,00${NBSP}₴`);
    expect(screen.getByTestId('dues-balance').closest('.dues-figure')?.className).toContain('dues-figure--owing');
    expect(screen.getByTestId('dues-status').textContent).toBe('Не сплачено внески за 2 періоди:');
    const periods = screen.getByTestId('dues-unpaid-periods').textContent;
    expect(periods).toContain('лютий 2026 р.');
    expect(periods).toContain(`ще 30,00${NBSP}₴ з 50,00${NBSP}₴`);
    expect(periods!.indexOf('лютий')).toBeLessThan(periods!.indexOf('березень'));
  });

  it('shows a paid-up or overpaid balance in green with no arrears', () => {
    renderWithProviders(<DuesSummary dues={{ ...owing, balanceKopiyky: 2500, arrearsKopiyky: 0, periodsInArrears: [] }} />, { lng: 'en' });
    expect(screen.getByTestId('dues-balance').textContent).toBe(`UAH${NBSP}25.00`);
    expect(screen.getByTestId('dues-balance').closest('.dues-figure')?.className).toContain('dues-figure--ok');
    expect(screen.getByTestId('dues-arrears').textContent).toBe('Nothing');
    expect(screen.getByTestId('dues-status').textContent).toBe('Paid ahead: the next charges are covered.');
    expect(screen.queryByTestId('dues-unpaid-periods')).toBeNull();
  });
});
