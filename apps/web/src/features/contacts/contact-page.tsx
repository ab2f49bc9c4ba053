import { useQuery } from '@apollo/client/react';
import { useState, type ComponentType } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ContactDocument } from '../../gql/graphql';
import { ErrorState, LoadingState, NotFoundState } from '../../lib/components/query-status';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ContactDetails } from './components/contact-details';
import { ContactEditForm, type KeptEdit } from './components/contact-edit-form';
import { useHistoryState } from './hooks/use-history-state';
import './contacts.css';

/** What a section of the contact page from another feature (membership, dues …) is given. */
export interface ContactSectionProps {
  contactId: string;
  canWrite: boolean;
}

/** `sections`: parts of the record other features own, composed by the app (app/contact-sections.tsx). */
export function ContactPage({ sections = [] }: { sections?: readonly ComponentType<ContactSectionProps>[] }) {
  const { t } = useTranslation(['contacts']);
  const { id = '' } = useParams();
  const location = useLocation();
  const { data, error, refetch } = useQuery(ContactDocument, { variables: { id } });
  const [kept, keepEdit, clearEdit] = useHistoryState<KeptEdit>('edit');
  const keptHere = kept?.contactId === id ? kept : undefined;
  const [editing, setEditing] = useState(keptHere !== undefined);
  const [saved, setSaved] = useState(false);
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
    const contact = data.contact;
    return (
      <>
        {back}
        <div className="record-header">
          <h1 data-testid="contact-name">{contact.displayName}</h1>
          {contact.viewerCanWrite && !editing && (
            <button
              type="button"
              className="button"
              data-testid="contact-edit"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('contacts:edit')}
            </button>
          )}
        </div>
        {saved && (
          <p className="notice" role="status" data-testid="contact-saved">
            {t('contacts:saved')}
          </p>
        )}
        {editing ? (
          <ContactEditForm
            key={contact.id}
            contact={contact}
            kept={keptHere}
            onKeep={keepEdit}
            onReload={async () => (await refetch()).data?.contact ?? null}
            onDone={(ok) => {
              if (keptHere) clearEdit();
              setEditing(false);
              setSaved(ok);
            }}
          />
        ) : (
          <ContactDetails contact={contact} />
        )}
        {sections.map((Section, index) => (
          <Section key={index} contactId={contact.id} canWrite={contact.viewerCanWrite} />
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
