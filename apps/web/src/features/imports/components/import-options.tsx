import { useTranslation } from 'react-i18next';
import type { ImportErrorMode, ImportMatchMode } from '../../../gql/graphql';
import type { ImportDraft } from '../hooks/use-import-actions';
import { UnitPicker } from './unit-picker';

interface Unit {
  id: string;
  code: string;
  nameUk: string;
  nameEn: string;
}

const MATCH_MODES = [['UPDATE_MATCHING', 'update'], ['ALWAYS_CREATE', 'create']] as const satisfies readonly (readonly [ImportMatchMode, string])[];
const ERROR_MODES = [['SKIP_BAD_ROWS', 'skip'], ['ALL_OR_NOTHING', 'all']] as const satisfies readonly (readonly [ImportErrorMode, string])[];

/** The unit for rows without one, what a matching phone or e-mail does, and what bad rows do. */
export function ImportOptions({ draft, chosenUnit, disabled, unitError, onChange }: {
  draft: ImportDraft;
  chosenUnit: Unit | null;
  disabled: boolean;
  unitError: string | null;
  onChange(change: Partial<ImportDraft>): void;
}) {
  const { t } = useTranslation(['imports']);
  return (
    <div className="form import-options">
      <UnitPicker value={draft.targetOrgUnitId} chosen={chosenUnit} disabled={disabled} error={unitError} onChange={(targetOrgUnitId) => onChange({ targetOrgUnitId })} />
      <fieldset className="choice-group" disabled={disabled}>
        <legend className="field__label">{t('imports:options.matchMode')}</legend>
        {MATCH_MODES.map(([mode, key]) => (
          <label key={mode} className="checkbox">
            <input
              type="radio"
              name="import-match-mode"
              value={mode}
              data-testid={`import-match-mode-${key}`}
              checked={draft.matchMode === mode}
              onChange={() => onChange({ matchMode: mode })}
            />
            {t(`imports:options.match.${key}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group" disabled={disabled}>
        <legend className="field__label">{t('imports:options.errorMode')}</legend>
        {ERROR_MODES.map(([mode, key]) => (
          <label key={mode} className="checkbox">
            <input
              type="radio"
              name="import-error-mode"
              value={mode}
              data-testid={`import-error-mode-${key}`}
              checked={draft.errorMode === mode}
              onChange={() => onChange({ errorMode: mode })}
            />
            {t(`imports:options.errors.${key}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
