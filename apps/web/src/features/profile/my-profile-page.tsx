import { useQuery } from '@apollo/client/react';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { MyProfileDocument } from '../../gql/graphql';
import { DetailRow } from '../../lib/components/detail-row';
import { MembershipSummary } from '../../lib/components/membership-summary';
import { EmptyState, ErrorState, LoadingState } from '../../lib/components/query-status';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormatters } from '../../lib/use-formatters';
import { MyDetailsForm } from './components/my-details-form';

/** What a section of My profile from another feature (dues …) is given. */
export interface MyProfileSectionProps {
  contactId: string;
}

/** The signed-in person's own record: contact details they keep up to date, membership, and sections other features add. */
export function MyProfilePage({ sections = [] }: { sections?: readonly ComponentType<MyProfileSectionProps>[] }) {
  const { t } = useTranslation(['profile', 'contacts']);
  useDocumentTitle(t('profile:title'));
  const format = useFormatters();
  const { data, error, refetch } = useQuery(MyProfileDocument);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const profile = data?.myProfile ?? null;
  const missing = <span className="muted">{t('contacts:notSpecified')}</span>;

  if (!data) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  if (!profile) {
    return (
      <>
        <h1>{t('profile:title')}</h1>
        <EmptyState>{t('profile:noRecord')}</EmptyState>
      </>
    );
  }

  return (
    <>
      <h1>{t('profile:title')}</h1>
      <p className="lead">{t('profile:intro')}</p>
      <p className="profile-name" data-testid="profile-name">
        {profile.displayName}
      </p>
      <section className="record-section" aria-labelledby="my-details-title">
        <div className="record-section__header">
          <h2 id="my-details-title">{t('profile:details')}</h2>
          {!editing && (
            <button
              type="button"
              className="button"
              data-testid="my-details-edit"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('profile:edit')}
            </button>
          )}
        </div>
        {saved && (
          <p className="notice" role="status" data-testid="my-details-saved">
            {t('profile:saved')}
          </p>
        )}
        {editing ? (
          <MyDetailsForm
            profile={profile}
            onReload={async () => (await refetch()).data?.myProfile ?? null}
            onDone={(ok) => {
              setEditing(false);
              setSaved(ok);
            }}
          />
        ) : (
          <dl className="details card" data-testid="my-details">
            <DetailRow label={t('contacts:field.phones')} testId="my-phones">
              {profile.phones.length ? profile.phones.map(format.phone).join(', ') : missing}
            </DetailRow>
            <DetailRow label={t('contacts:field.emails')}>{profile.emails.length ? profile.emails.join(', ') : missing}</DetailRow>
            <DetailRow label={t('contacts:section.address')} testId="my-address">
              {[profile.addressStreet, profile.addressSettlement, profile.addressRegion].filter(Boolean).join(', ') || missing}
            </DetailRow>
          </dl>
        )}
      </section>
      <section className="record-section" aria-labelledby="my-membership-title">
        <h2 id="my-membership-title">{t('profile:membership')}</h2>
        <MembershipSummary contact={profile} />
      </section>
      {sections.map((Section, index) => (
        <Section key={index} contactId={profile.id} />
      ))}
    </>
  );
}
