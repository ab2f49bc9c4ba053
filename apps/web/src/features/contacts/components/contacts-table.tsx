import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContactsQuery } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';

type Contact = ContactsQuery['contacts']['edges'][number]['node'];

function Missing() {
  const { t } = useTranslation(['contacts', 'common']);
  return (
    <>
      <span aria-hidden="true">{t('common:emptyValue')}</span>
      <span className="visually-hidden">{t('contacts:notSpecified')}</span>
    </>
  );
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A table on wide screens; the stylesheet turns each row into a card on narrow ones. */
export function ContactsTable({ contacts }: { contacts: readonly Contact[] }) {
  const { t } = useTranslation(['contacts']);
  const format = useFormatters();
  const location = useLocation();
  const columns = {
    name: t('contacts:column.name'),
    phone: t('contacts:column.phone'),
    email: t('contacts:column.email'),
    branch: t('contacts:column.branch'),
    region: t('contacts:column.region'),
  };

  return (
    <table className="data-table contacts-table">
      <caption className="visually-hidden">{t('contacts:tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.name}</th>
          <th scope="col">{columns.phone}</th>
          <th scope="col">{columns.email}</th>
          <th scope="col">{columns.branch}</th>
          <th scope="col">{columns.region}</th>
        </tr>
      </thead>
      <tbody>
        {contacts.map((contact) => (
          <tr key={contact.id} data-testid="contacts-row">
            <td data-label={columns.name} className="contacts-table__name">
              <Link to={`/contacts/${contact.id}`} state={{ from: location.search }}>
                {contact.displayName}
              </Link>
            </td>
            <td data-label={columns.phone} className="contacts-table__phone">
              {contact.phone ? <a href={telHref(contact.phone)}>{contact.phone}</a> : <Missing />}
            </td>
            <td data-label={columns.email} className="contacts-table__email">
              {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : <Missing />}
            </td>
            <td data-label={columns.branch}>{format.name(contact.orgUnit)}</td>
            <td data-label={columns.region}>{contact.region ? format.name(contact.region) : <Missing />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
