import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Side } from '../merge-choices';

interface SideOption {
  side: Side | 'both';
  label: string;
  value: string | null;
}

/** One field of the two records: one value shown when they agree, else a choice between them. */
export function SideFieldRow(props: {
  field: string;
  label: string;
  options: SideOption[];
  chosen: Side | 'both';
  same: boolean;
  /** Said beside an agreed value; "same in both" unless given, nothing when empty. */
  caption?: string;
  error?: string;
  onChoose: (side: Side | 'both') => void;
}) {
  const { t } = useTranslation(['duplicates']);
  const labelId = useId();
  const missing = <span className="muted">{t('duplicates:compare.empty')}</span>;
  if (props.same) {
    return (
      <div className="merge-field" data-testid={`merge-field-${props.field}`}>
        <div className="merge-field__label" id={labelId}>{props.label}</div>
        <div className="merge-field__same">
          <span className="merge-field__value">{props.options[0].value ?? missing}</span>
          {props.caption !== '' && <span className="muted">{props.caption ?? t('duplicates:compare.same')}</span>}
        </div>
      </div>
    );
  }
  return (
    <div className="merge-field" role="radiogroup" aria-labelledby={labelId} data-testid={`merge-field-${props.field}`}>
      <div className="merge-field__label" id={labelId}>{props.label}</div>
      {props.options.map((option) => (
        <label key={option.side} className={`merge-option${props.chosen === option.side ? ' is-chosen' : ''}`}>
          <input
            type="radio"
            name={`merge-${props.field}`}
            value={option.side}
            checked={props.chosen === option.side}
            data-testid={`merge-option-${props.field}-${option.side}`}
            onChange={() => props.onChoose(option.side)}
          />
          <span className="merge-option__text">
            <span className="merge-option__side">{option.label}</span>
            <span className="merge-field__value">{option.value ?? missing}</span>
          </span>
        </label>
      ))}
      {props.error && <p className="field__error merge-field__error">{props.error}</p>}
    </div>
  );
}

/** A list field: every item of both records, ticked to keep. */
export function ListFieldRow(props: {
  field: string;
  label: string;
  items: { value: string; origin: string }[];
  checked: readonly string[];
  error?: string;
  onToggle: (value: string) => void;
}) {
  const { t } = useTranslation(['duplicates']);
  const labelId = useId();
  return (
    <div className="merge-field merge-field--list" role="group" aria-labelledby={labelId} data-testid={`merge-field-${props.field}`}>
      <div className="merge-field__label" id={labelId}>{props.label}</div>
      <div className="merge-field__items">
        {props.items.length === 0 && <span className="muted">{t('duplicates:compare.empty')}</span>}
        {props.items.map((item) => (
          <label key={item.value} className="checkbox merge-item">
            <input
              type="checkbox"
              checked={props.checked.includes(item.value)}
              data-testid={`merge-item-${props.field}`}
              value={item.value}
              onChange={() => props.onToggle(item.value)}
            />
            <span className="merge-item__text">
              <span className="merge-field__value">{item.value}</span>
              <span className="muted merge-item__origin">{item.origin}</span>
            </span>
          </label>
        ))}
      </div>
      {props.error && <p className="field__error merge-field__error">{props.error}</p>}
    </div>
  );
}
