import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RecordDuesPaymentDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { checkMoneyForm, MoneyForm } from './money-form';

const TODAY = '2026-03-15';
const values = (over: Partial<Record<string, string>> = {}) => ({ amount: '50', date: TODAY, method: 'CASH', reference: '', note: '', campaign: '', receiptNumber: '', ...over });

describe('checkMoneyForm', () => {
  it('turns hryvnias with kopiyky into exact kopiyky', () => {
    expect(checkMoneyForm('payment', values({ amount: '1 234,56' }), TODAY)).toEqual({ amountKopiyky: 123_456, problems: {} });
    expect(checkMoneyForm('payment', values({ amount: '0.29' }), TODAY).amountKopiyky).toBe(29);
  });

  it('reports what the API would refuse, per field', () => {
    expect(checkMoneyForm('payment', values({ amount: '' }), TODAY).problems).toEqual({ amount: { key: 'errors:fieldRequired' } });
    expect(checkMoneyForm('payment', values({ amount: '12,3456' }), TODAY).problems).toEqual({ amount: { key: 'dues:error.amountFormat' } });
    expect(checkMoneyForm('payment', values({ amount: '0' }), TODAY).problems.amount).toEqual({ key: 'dues:error.amountPositive' });
    expect(checkMoneyForm('payment', values({ amount: '1000000,01' }), TODAY).problems.amount).toEqual({ key: 'dues:error.amountTooLarge', params: { max: 1_000_000 } });
    expect(checkMoneyForm('payment', values({ date: '2026-03-16' }), TODAY).problems.date).toEqual({ key: 'dues:error.dateInFuture' });
    expect(checkMoneyForm('contribution', values(), TODAY).problems).toEqual({ receiptNumber: { key: 'errors:fieldRequired' } });
  });
});

describe('MoneyForm', () => {
  it('shows field errors in the UI language and sends nothing while the amount is wrong', async () => {
    const onDone = vi.fn();
    renderWithProviders(<MoneyForm kind="payment" contactId="c1" onDone={onDone} />, { lng: 'uk' });
    fireEvent.change(screen.getByTestId('dues-amount'), { target: { value: '50 грн 25' } });
    fireEvent.click(screen.getByTestId('dues-payment-save'));
    expect(await screen.findByText('Введіть суму в гривнях, наприклад 50 або 50,25.')).toBeTruthy();
    expect(screen.getByTestId('dues-amount').getAttribute('aria-invalid')).toBe('true');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('records the payment in kopiyky and shows the API’s field errors beside their fields', async () => {
    const onDone = vi.fn();
    const request = {
      query: RecordDuesPaymentDocument,
      variables: { input: { contactId: 'c1', amountKopiyky: 15_050, method: 'CARD', paidOn: '2026-01-10', reference: null, note: null } },
    };
    renderWithProviders(<MoneyForm kind="payment" contactId="c1" onDone={onDone} />, {
      mocks: [
        {
          request,
          result: {
            errors: [
              {
                message: 'Invalid input',
                extensions: { code: 'BAD_USER_INPUT', i18nKey: 'errors:validationFailed', params: { count: 1 }, fieldErrors: [{ field: 'paidOn', i18nKey: 'dues:error.dateInFuture', params: {} }] },
              },
            ],
          },
        },
      ],
    });
    fireEvent.change(screen.getByTestId('dues-amount'), { target: { value: '150,50' } });
    fireEvent.change(screen.getByTestId('dues-date'), { target: { value: '2026-01-10' } });
    fireEvent.change(screen.getByTestId('dues-method'), { target: { value: 'CARD' } });
    fireEvent.click(screen.getByTestId('dues-payment-save'));
    expect(await screen.findByText('The date cannot be in the future.')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('dues-date').getAttribute('aria-invalid')).toBe('true'));
    expect(onDone).not.toHaveBeenCalled();
  });
});
