import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useImportRows } from '../hooks/use-import-rows';

const SHOWN = 10;

/** The first contacts the import created or updated, with links to them. */
export function ImportedContacts({ importId, outcome }: { importId: string; outcome: 'CREATED' | 'UPDATED' }) {
  const { t } = useTranslation(['imports']);
  const { connection } = useImportRows(importId, outcome, SHOWN);
  const contacts = (connection?.edges ?? []).flatMap(({ node }) => (node.contact ? [{ row: node.row, contact: node.contact }] : []));
  if (contacts.length === 0) return null;
  return (
    <section aria-labelledby={`imported-${outcome}`}>
      <h3 id={`imported-${outcome}`}>
        {outcome === 'CREATED' ? t('imports:results.created') : t('imports:results.updated')}
      </h3>
      <ul className="unit-list" data-testid={`imported-contacts-${outcome.toLowerCase()}`}>
        {contacts.map(({ row, contact }) => (
          <li key={row}>
            <Link className="unit-list__link" to={`/contacts/${contact.id}`}>
              <span className="unit-list__name">{contact.displayName}</span>
              <span className="unit-list__meta">{[contact.phone, contact.email].filter(Boolean).join(' · ')}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
