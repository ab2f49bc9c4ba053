import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FieldShell } from './form-field';

describe('FieldShell', () => {
  it('makes up an id when given none, and ties the label, hint and error to the control', () => {
    render(
      <FieldShell label="Note" hint="Who asked" error="Too long">
        {(control) => <textarea {...control} />}
      </FieldShell>,
    );
    const control = screen.getByRole('textbox', { name: 'Note' });
    expect(control.id).not.toBe('');
    expect(control.getAttribute('aria-invalid')).toBe('true');
    expect(control.getAttribute('aria-describedby')).toBe(`${control.id}-hint ${control.id}-error`);
    expect(document.getElementById(`${control.id}-error`)?.textContent).toBe('Too long');
  });

  it('reads the error out only when asked to', () => {
    const view = render(
      <FieldShell label="File" error="Too large">
        {(control) => <input {...control} />}
      </FieldShell>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    view.rerender(
      <FieldShell label="File" error="Too large" announce>
        {(control) => <input {...control} />}
      </FieldShell>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Too large');
  });
});
