import { describe, expect, it } from 'vitest';
import { serverSettings } from './embedded-postgres';

const GB = 2 ** 30;

describe('serverSettings', () => {
  it('gives a quarter of the memory to shared buffers', () => {
    expect(serverSettings(8 * GB).shared_buffers).toBe('2048MB');
  });

  it('keeps at least 128 MB on a small machine and at most 4 GB on a large one', () => {
    expect(serverSettings(0.25 * GB).shared_buffers).toBe('128MB');
    expect(serverSettings(23 * GB).shared_buffers).toBe('4096MB');
  });

  it('lets a bulk write run without forced checkpoints', () => {
    expect(serverSettings(2 * GB)).toMatchObject({ max_wal_size: '4GB', checkpoint_timeout: '15min', max_connections: '200' });
  });
});
