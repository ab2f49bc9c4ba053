import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DialogFooter } from './dialog-footer';

const labels = { confirmLabel: 'Save', busyLabel: 'Saving…', cancelLabel: 'Cancel' };

describe('DialogFooter', () => {
  it('submits its form, and says so and stays off while the save runs', () => {
    const submit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    const cancel = vi.fn();
    const form = render(
      <form onSubmit={submit}>
        <DialogFooter {...labels} busy={false} onCancel={cancel} />
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(submit).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(submit).toHaveBeenCalledTimes(1);

    form.rerender(
      <form onSubmit={submit}>
        <DialogFooter {...labels} busy onCancel={cancel} />
      </form>,
    );
    expect((screen.getByRole('button', { name: 'Saving…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('runs its own action instead of submitting, and can be off for another reason', () => {
    const submit = vi.fn();
    const confirm = vi.fn();
    const view = render(
      <form onSubmit={submit}>
        <DialogFooter {...labels} busy={false} onConfirm={confirm} danger onCancel={() => undefined} />
      </form>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button.getAttribute('type')).toBe('button');
    expect(button.className).toContain('button--danger');
    fireEvent.click(button);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(submit).not.toHaveBeenCalled();

    view.rerender(<DialogFooter {...labels} busy={false} disabled onCancel={() => undefined} />);
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('makes both buttons small for a form inside a table row', () => {
    render(<DialogFooter {...labels} busy={false} small onCancel={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Save' }).className).toContain('button--small');
    expect(screen.getByRole('button', { name: 'Cancel' }).className).toContain('button--small');
  });
});
