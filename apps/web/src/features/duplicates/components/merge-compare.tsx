import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MERGE_LIST_FIELDS, MERGE_SIDE_FIELDS, unionList, type MergeListField } from '@hromada/shared';
import type { MergeContactFragment, MergeFieldChoices } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { initialCompareState, other, toFieldChoices, type CompareState, type Side } from '../merge-choices';
import { useFieldText } from './field-values';
import { ListFieldRow, SideFieldRow } from './merge-field-row';

export interface MergeRequest {
  survivor: MergeContactFragment;
  merged: MergeContactFragment;
  fieldChoices: MergeFieldChoices;
}

/**
 * The two records side by side (stacked on a phone): which one to keep, and for each field
 * which value it keeps. `fieldErrors` are the API's, keyed by field (`phones`, `lastName` …).
 */
export function MergeCompare(props: {
  a: MergeContactFragment;
  b: MergeContactFragment;
  pending: boolean;
  fieldErrors: Partial<Record<string, string>>;
  actions?: ReactNode;
  onMerge: (request: MergeRequest) => void;
}) {
  const { a, b } = props;
  const { t } = useTranslation(['duplicates']);
  const format = useFormatters();
  const text = useFieldText();
  const [state, setState] = useState<CompareState>(() => initialCompareState(a, b));
  const records = { a, b };
  const sideLabel = (side: Side) => t('duplicates:compare.record', { n: side === 'a' ? 1 : 2 });
  const survivor = records[state.survivor];

  function submit(event: FormEvent) {
    event.preventDefault();
    props.onMerge({ survivor, merged: records[other(state.survivor)], fieldChoices: toFieldChoices(state, a, b) });
  }

  function toggle(field: MergeListField, value: string) {
    setState((s) => {
      const checked = s.lists[field].includes(value) ? s.lists[field].filter((v) => v !== value) : [...s.lists[field], value];
      return { ...s, lists: { ...s.lists, [field]: checked } };
    });
  }

  const origin = (field: MergeListField, value: string) => {
    const inA = a[field].includes(value);
    const inB = b[field].includes(value);
    return inA && inB ? t('duplicates:compare.same') : t('duplicates:compare.fromRecord', { n: inA ? 1 : 2 });
  };
  const notesA = text(a, 'notes');
  const notesB = text(b, 'notes');

  return (
    <form className="merge" onSubmit={submit} noValidate>
      <section className="merge__keep" role="radiogroup" aria-labelledby="merge-keep-heading">
        <h2 id="merge-keep-heading">{t('duplicates:compare.keepHeading')}</h2>
        <p className="field__hint">{t('duplicates:compare.keepHint')}</p>
        <div className="merge__records">
          {(['a', 'b'] as const).map((side) => (
            <label key={side} className={`merge-record card${state.survivor === side ? ' is-kept' : ''}`}>
              <input
                type="radio"
                name="merge-survivor"
                value={side}
                checked={state.survivor === side}
                data-testid={`merge-keep-${side}`}
                onChange={() => setState((s) => ({ ...s, survivor: side }))}
              />
              <span className="merge-record__text">
                <span className="merge-option__side">{sideLabel(side)}</span>
                <strong className="merge-record__name">{records[side].displayName}</strong>
                <span>{format.name(records[side].orgUnit)}</span>
                <span className="muted">{format.dateTime(records[side].createdAt)}</span>
              </span>
            </label>
          ))}
        </div>
      </section>

      <div className="merge__fields">
        {MERGE_SIDE_FIELDS.map((field) => {
          const values = { a: text(a, field), b: text(b, field) };
          return (
            <SideFieldRow
              key={field}
              field={field}
              label={t(`duplicates:field.${field}`)}
              options={(['a', 'b'] as const).map((side) => ({ side, label: sideLabel(side), value: values[side] }))}
              chosen={state.sides[field]}
              same={values.a === values.b}
              caption={values.a === null && values.b === null ? '' : undefined}
              error={props.fieldErrors[field]}
              onChoose={(side) => setState((s) => ({ ...s, sides: { ...s.sides, [field]: side as Side } }))}
            />
          );
        })}
        {MERGE_LIST_FIELDS.map((field) => (
          <ListFieldRow
            key={field}
            field={field}
            label={t(`duplicates:field.${field}`)}
            items={unionList(a[field], b[field]).map((value) => ({ value, origin: origin(field, value) }))}
            checked={state.lists[field]}
            error={props.fieldErrors[field]}
            onToggle={(value) => toggle(field, value)}
          />
        ))}
        <SideFieldRow
          field="notes"
          label={t('duplicates:field.notes')}
          options={
            notesA && notesB && notesA !== notesB
              ? [
                  { side: 'a', label: sideLabel('a'), value: notesA },
                  { side: 'b', label: sideLabel('b'), value: notesB },
                  { side: 'both', label: t('duplicates:compare.notesBoth'), value: null },
                ]
              : [{ side: 'both', label: '', value: notesA ?? notesB }]
          }
          caption={notesA && notesB ? undefined : notesA ? t('duplicates:compare.fromRecord', { n: 1 }) : notesB ? t('duplicates:compare.fromRecord', { n: 2 }) : undefined}
          chosen={state.notes}
          same={!(notesA && notesB && notesA !== notesB)}
          error={props.fieldErrors.notes}
          onChoose={(notes) => setState((s) => ({ ...s, notes }))}
        />
      </div>

      <div className="merge__actions">
        <button type="submit" className="button button--primary" data-testid="merge-submit" disabled={props.pending}>
          {props.pending ? t('duplicates:compare.merging') : t('duplicates:compare.merge', { name: survivor.displayName })}
        </button>
        {props.actions}
      </div>
    </form>
  );
}
