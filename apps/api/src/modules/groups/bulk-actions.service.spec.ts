import { describe, expect, it } from 'vitest';
import { BULK_MAX, BULK_SYNC_LIMIT, bulkPlan } from './bulk-actions.service';

describe('bulkPlan', () => {
  it('runs small selections in the request and larger ones as a task', () => {
    expect(bulkPlan(0)).toBe('now');
    expect(bulkPlan(BULK_SYNC_LIMIT)).toBe('now');
    expect(bulkPlan(BULK_SYNC_LIMIT + 1)).toBe('task');
    expect(bulkPlan(BULK_MAX)).toBe('task');
  });

  it('refuses more than the maximum with the count and the limit, for the message', () => {
    expect(() => bulkPlan(BULK_MAX + 1)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ i18nKey: 'errors:bulkTooLarge', params: { max: BULK_MAX, count: BULK_MAX + 1 } }) }));
  });
});
