import { useTranslation } from 'react-i18next';
import { describeError, translateError } from '../../../lib/errors';
import type { ContactImport } from '../hooks/use-contact-import';
import type { ImportDraft } from '../hooks/use-import-actions';
import { ImportOptions } from './import-options';
import { MappingTable } from './mapping-table';

/** The mapping and options as the import holds them, for the editor to start from. */
export function draftOf(contactImport: ContactImport): ImportDraft {
  return {
    mapping: [...contactImport.mapping],
    targetOrgUnitId: contactImport.targetOrgUnit?.id ?? null,
    matchMode: contactImport.matchMode,
    errorMode: contactImport.errorMode,
  };
}

/** Whether the editor differs from what the import last saved (so its check no longer applies). */
export function isDirty(draft: ImportDraft, contactImport: ContactImport): boolean {
  const saved = draftOf(contactImport);
  return contactImport.mappingSource !== 'SET' || JSON.stringify(draft) !== JSON.stringify(saved);
}

interface ImportSetupProps {
  contactImport: ContactImport;
  draft: ImportDraft;
  disabled: boolean;
  /** The refusal of the last check, split onto the columns and the unit where it belongs. */
  error: unknown;
  onChange(draft: ImportDraft): void;
}

/** Step 1 and 2: what each column holds, and how rows are imported. */
export function ImportSetup({ contactImport, draft, disabled, error, onChange }: ImportSetupProps) {
  const { t, i18n } = useTranslation(['imports']);
  const columnProblems: Record<number, string> = {};
  let unitError: string | null = null;
  const general: string[] = [];
  if (error) {
    for (const descriptor of describeError(error)) {
      const message = translateError(descriptor, i18n);
      const column = /^mapping\.(\d+)$/.exec(descriptor.field ?? '');
      if (column) columnProblems[Number(column[1])] = message;
      else if (descriptor.field === 'targetOrgUnitId') unitError = message;
      else if (!general.includes(message)) general.push(message);
    }
  }
  const guide = ({ SAVED: 'savedApplied', SUGGESTED: 'suggested', SET: 'set' } as const)[contactImport.mappingSource];
  return (
    <>
      <section aria-labelledby="mapping-title">
        <h2 id="mapping-title">{t('imports:mapping.title')}</h2>
        <p className="hint" data-testid="import-mapping-source" data-source={contactImport.mappingSource}>
          {t(`imports:mapping.${guide}`)}
        </p>
        <MappingTable
          headers={contactImport.headers}
          sample={contactImport.sample}
          mapping={draft.mapping}
          disabled={disabled}
          problems={columnProblems}
          onChange={(column, field) => {
            const mapping = [...draft.mapping];
            mapping[column] = field;
            onChange({ ...draft, mapping });
          }}
        />
      </section>
      <section aria-labelledby="options-title">
        <h2 id="options-title">{t('imports:options.title')}</h2>
        <ImportOptions
          draft={draft}
          chosenUnit={contactImport.targetOrgUnit ?? null}
          disabled={disabled}
          unitError={unitError}
          onChange={(change) => onChange({ ...draft, ...change })}
        />
      </section>
      {general.length > 0 && (
        <div className="alert" role="alert" data-testid="import-setup-error">
          {general.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
    </>
  );
}
