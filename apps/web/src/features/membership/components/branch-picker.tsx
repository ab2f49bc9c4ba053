import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TransferTargetsDocument } from '../../../gql/graphql';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useMembershipFormat } from '../hooks/use-membership-format';

const MIN_SEARCH = 2;

/** Search any branch of the organization by name or region and pick one (not `excludeId`). */
export function BranchPicker({ value, onChange, excludeId, error }: { value: string | null; onChange: (id: string) => void; excludeId: string; error?: string }) {
  const { t } = useTranslation(['membership']);
  const format = useMembershipFormat();
  const id = useId();
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim());
  const { data, loading } = useQuery(TransferTargetsDocument, { variables: { search: settled }, skip: settled.length < MIN_SEARCH });
  const targets = settled.length >= MIN_SEARCH ? (data?.transferTargets ?? []).filter((b) => b.id !== excludeId) : [];

  return (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-search`}>
        {t('membership:transferDialog.search')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('membership:transferDialog.searchHint')}
      </p>
      <input
        id={`${id}-search`}
        className="input"
        type="search"
        autoComplete="off"
        placeholder={t('membership:transferDialog.searchPlaceholder')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        data-testid="transfer-search"
      />
      {loading && <p className="muted" role="status">{t('membership:transferDialog.searching')}</p>}
      {!loading && settled.length >= MIN_SEARCH && targets.length === 0 && data && (
        <p className="muted" role="status">
          {t('membership:transferDialog.noMatches', { query: settled })}
        </p>
      )}
      {targets.length > 0 && (
        <fieldset className="choice-group branch-choices">
          <legend className="visually-hidden">{t('membership:transferDialog.targets')}</legend>
          {targets.map((branch) => (
            <label key={branch.id} className="membership-choice">
              <input type="radio" name="transferTarget" checked={value === branch.id} onChange={() => onChange(branch.id)} data-testid="transfer-target" />
              <span>
                <span className="membership-choice__title">{format.branch(branch)}</span>
                {format.region(branch) && <span className="membership-choice__meta">{format.region(branch)}</span>}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
