import { useQuery } from '@apollo/client/react';
import type { ComponentType, ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ContactDocument, type ContactQuery } from '../../gql/graphql';
import { ErrorState, LoadingState, NotFoundState } from '../../lib/components/query-status';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormatters } from '../../lib/use-formatters';
import { telHref } from './components/contacts-table';
import './contacts.css';

type Contact = NonNullable<ContactQuery['contact']>;

/** What a section of the contact page from another feature (membership, dues …) is given. */
export interface ContactSectionProps {
  contactId: string;
  canWrite: boolean;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ContactDetails({ contact }: { contact: Contact }) {
  const { t } = useTranslation(['contacts']);
  const format = useFormatters();
  const missing = <span className="muted">{t('contacts:notSpecified')}</span>;
  return (
    <>
      <h1 data-testid="contact-name">{contact.displayName}</h1>
      <dl className="details card">
        <Row label={t('contacts:field.lastName')}>{contact.lastName}</Row>
        <Row label={t('contacts:field.firstName')}>{contact.firstName}</Row>
        <Row label={t('contacts:field.patronymic')}>{contact.patronymic || missing}</Row>
        <Row label={t('contacts:field.phone')}>
          {contact.phone ? <a href={telHref(contact.phone)}>{contact.phone}</a> : missing}
        </Row>
        <Row label={t('contacts:field.email')}>
          {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : missing}
        </Row>
        <Row label={t('contacts:field.branch')}>
          <Link to={`/org/${contact.orgUnit.id}`}>{format.name(contact.orgUnit)}</Link>
        </Row>
        <Row label={t('contacts:field.region')}>
          {contact.region ? <Link to={`/org/${contact.region.id}`}>{format.name(contact.region)}</Link> : missing}
        </Row>
        <Row label={t('contacts:field.createdAt')}>
          <time dateTime={contact.createdAt}>{format.dateTime(contact.createdAt)}</time>
        </Row>
        <Row label={t('contacts:field.updatedAt')}>
          <time dateTime={contact.updatedAt}>{format.dateTime(contact.updatedAt)}</time>
        </Row>
      </dl>
    </>
  );
}

/** `sections`: parts of the record other features own, composed by the app (app/contact-sections.tsx). */
export function ContactPage({ sections = [] }: { sections?: readonly ComponentType<ContactSectionProps>[] }) {
  const { t } = useTranslation(['contacts']);
  const { id = '' } = useParams();
  const location = useLocation();
  const { data, error, refetch } = useQuery(ContactDocument, { variables: { id } });
  useDocumentTitle(data?.contact ? data.contact.displayName : data ? t('contacts:notFoundTitle') : t('contacts:title'));

  // Back to the list as it was left (search and unit filter), when we came from it.
  const from = (location.state as { from?: unknown } | null)?.from;
  const backTo = `/contacts${typeof from === 'string' && from.startsWith('?') ? from : ''}`;
  const back = (
    <p>
      <Link to={backTo} className="back-link">
        {t('contacts:backToList')}
      </Link>
    </p>
  );

  if (data?.contact) {
    return (
      <>
        {back}
        <ContactDetails contact={data.contact} />
        {sections.map((Section, index) => (
          <Section key={index} contactId={data.contact!.id} canWrite={data.contact!.viewerCanWrite} />
        ))}
      </>
    );
  }
  if (data) {
    return (
      <>
        {back}
        <NotFoundState title={t('contacts:notFoundTitle')}>
          <p>{t('contacts:notFoundText')}</p>
        </NotFoundState>
      </>
    );
  }
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return <LoadingState />;
}
