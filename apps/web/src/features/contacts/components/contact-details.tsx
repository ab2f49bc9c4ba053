import { CURRENT_CONSENT_VERSION } from '@hromada/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContactRecordFragment } from '../../../gql/graphql';
import { DetailRow } from '../../../lib/components/detail-row';
import { MembershipSummary } from '../../../lib/components/membership-summary';
import { useFormatters } from '../../../lib/use-formatters';
import { telHref } from './contacts-table';

function Group({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="record-group" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The whole record, read-only, in groups: person, phones and e-mails, address, consent … */
export function ContactDetails({ contact }: { contact: ContactRecordFragment }) {
  const { t } = useTranslation(['contacts']);
  const format = useFormatters();
  const missing = <span className="muted">{t('contacts:notSpecified')}</span>;
  const text = (value: string | null | undefined) => (value ? value : missing);

  return (
    <div className="record" data-testid="contact-details">
      <Group id="group-person" title={t('contacts:section.person')}>
        <dl className="details card">
          <DetailRow label={t('contacts:field.lastName')}>{contact.lastName}</DetailRow>
          <DetailRow label={t('contacts:field.firstName')}>{contact.firstName}</DetailRow>
          <DetailRow label={t('contacts:field.patronymic')}>{text(contact.patronymic)}</DetailRow>
          <DetailRow label={t('contacts:field.gender')}>{contact.gender ? t(`contacts:gender.${contact.gender}`) : missing}</DetailRow>
          <DetailRow label={t('contacts:field.birthDate')}>{contact.birthDate ? format.date(contact.birthDate) : missing}</DetailRow>
          <DetailRow label={t('contacts:field.contactType')}>{t(`contacts:contactType.${contact.contactType}`)}</DetailRow>
        </dl>
      </Group>

      <Group id="group-contact-details" title={t('contacts:section.contactDetails')}>
        <dl className="details card">
          <DetailRow label={t('contacts:field.phones')} testId="contact-phones">
            {contact.phones.length === 0 ? missing : (
              <ul className="plain-list">
                {contact.phones.map((phone, index) => (
                  <li key={phone}>
                    <a href={telHref(phone)}>{format.phone(phone)}</a>
                    {index === 0 && contact.phones.length > 1 && <span className="muted"> · {t('contacts:mainPhone')}</span>}
                  </li>
                ))}
              </ul>
            )}
          </DetailRow>
          <DetailRow label={t('contacts:field.emails')} testId="contact-emails">
            {contact.emails.length === 0 ? missing : (
              <ul className="plain-list">
                {contact.emails.map((email) => (
                  <li key={email}>
                    <a href={`mailto:${email}`}>{email}</a>
                  </li>
                ))}
              </ul>
            )}
          </DetailRow>
        </dl>
      </Group>

      <Group id="group-address" title={t('contacts:section.address')}>
        <dl className="details card">
          <DetailRow label={t('contacts:field.addressRegion')}>{text(contact.addressRegion)}</DetailRow>
          <DetailRow label={t('contacts:field.addressSettlement')}>{text(contact.addressSettlement)}</DetailRow>
          <DetailRow label={t('contacts:field.addressStreet')} testId="contact-street">{text(contact.addressStreet)}</DetailRow>
        </dl>
      </Group>

      <Group id="group-consent" title={t('contacts:section.consent')}>
        <div className="card record-note" data-testid="contact-consent">
          {contact.consentAt ? (
            <>
              <p>{t('contacts:consentGiven', { date: format.dateTime(contact.consentAt), version: contact.consentVersion ?? '—' })}</p>
              {contact.consentVersion !== CURRENT_CONSENT_VERSION && <p className="muted">{t('contacts:consentOlder', { current: CURRENT_CONSENT_VERSION })}</p>}
            </>
          ) : (
            <p>{t('contacts:consentNotGiven')}</p>
          )}
        </div>
      </Group>

      <Group id="group-other" title={t('contacts:section.other')}>
        <dl className="details card">
          <DetailRow label={t('contacts:field.tags')} testId="contact-tags">
            {contact.tags.length === 0 ? missing : (
              <ul className="tag-list">
                {contact.tags.map((tag) => (
                  <li key={tag} className="badge">
                    {tag}
                  </li>
                ))}
              </ul>
            )}
          </DetailRow>
          <DetailRow label={t('contacts:field.source')}>{text(contact.source)}</DetailRow>
          <DetailRow label={t('contacts:field.notes')}>{contact.notes ? <p className="pre-wrap">{contact.notes}</p> : missing}</DetailRow>
        </dl>
      </Group>

      <Group id="group-membership" title={t('contacts:section.membership')}>
        <MembershipSummary contact={contact} />
      </Group>

      <Group id="group-organization" title={t('contacts:section.organization')}>
        <dl className="details card">
          <DetailRow label={t('contacts:field.branch')}>
            <Link to={`/org/${contact.orgUnit.id}`}>{format.name(contact.orgUnit)}</Link>
          </DetailRow>
          <DetailRow label={t('contacts:field.region')}>
            {contact.region ? <Link to={`/org/${contact.region.id}`}>{format.name(contact.region)}</Link> : missing}
          </DetailRow>
          <DetailRow label={t('contacts:field.createdAt')}>
            <time dateTime={contact.createdAt}>{format.dateTime(contact.createdAt)}</time>
          </DetailRow>
          <DetailRow label={t('contacts:field.updatedAt')}>
            <time dateTime={contact.updatedAt}>{format.dateTime(contact.updatedAt)}</time>
          </DetailRow>
        </dl>
      </Group>
    </div>
  );
}
