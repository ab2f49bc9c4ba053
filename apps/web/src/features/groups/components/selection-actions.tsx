import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactSelectionInput } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { useCanEditContacts } from '../hooks/use-can-edit-contacts';
import { useContactExport } from '../hooks/use-contact-export';
import { AddToGroupPanel } from './add-to-group-panel';
import { TagPanel } from './tag-panel';

type Panel = 'tag' | 'group' | null;

/**
 * Actions for a whole result — a list as searched, a group — never just the rows on screen:
 * "Tag all", "Add to group", "Export CSV", "Export XLSX". Everything stays within your scope.
 */
export function SelectionActions({ selection, excludeGroupId }: { selection: ContactSelectionInput; excludeGroupId?: string }) {
  const { t, i18n } = useTranslation(['groups', 'errors']);
  const [panel, setPanel] = useState<Panel>(null);
  const download = useContactExport(selection);
  const canEdit = useCanEditContacts();
  const toggle = (next: Panel) => setPanel((current) => (current === next ? null : next));

  return (
    <section className="bulk-bar" aria-label={t('groups:bulk.label')} data-testid="selection-actions">
      <div className="bulk-bar__buttons">
        {canEdit && (
          <>
            <button type="button" className="button button--secondary" aria-expanded={panel === 'tag'} onClick={() => toggle('tag')} data-testid="bulk-tag">
              {t('groups:bulk.tagAll')}
            </button>
            <button type="button" className="button button--secondary" aria-expanded={panel === 'group'} onClick={() => toggle('group')} data-testid="bulk-add-to-group">
              {t('groups:bulk.addToGroup')}
            </button>
          </>
        )}
        <button type="button" className="button button--secondary" disabled={download.preparing} onClick={() => void download.exportAs('CSV')} data-testid="export-csv">
          {t('groups:bulk.exportCsv')}
        </button>
        <button type="button" className="button button--secondary" disabled={download.preparing} onClick={() => void download.exportAs('XLSX')} data-testid="export-xlsx">
          {t('groups:bulk.exportXlsx')}
        </button>
      </div>
      <p className="bulk-bar__status" role="status" data-testid="export-status">
        {download.preparing ? t('groups:bulk.exporting') : download.started ? t('groups:bulk.exportStarted') : ''}
      </p>
      {download.error != null && (
        <p className="alert alert--error" role="alert">
          {errorMessage(download.error, i18n)}
        </p>
      )}
      {panel === 'tag' && <TagPanel selection={selection} onClose={() => setPanel(null)} />}
      {panel === 'group' && <AddToGroupPanel selection={selection} excludeGroupId={excludeGroupId} onClose={() => setPanel(null)} />}
    </section>
  );
}
