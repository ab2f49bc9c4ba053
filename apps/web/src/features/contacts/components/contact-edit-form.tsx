import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateContactDocument, type ContactRecordFragment, type PossibleDuplicateFragment } from '../../../gql/graphql';
import { ConflictNotice } from '../../../lib/components/conflict-notice';
import { ErrorSummary, useFocusFirstInvalid } from '../../../lib/components/error-summary';
import { DialogFooter } from '../../../lib/components/dialog-footer';
import { errorCodes } from '../../../lib/errors';
import { changedFields, draftFrom, inputFrom, type ContactDraft } from '../contact-draft';
import { describeChanges } from '../contact-changes';
import { contactFormErrors } from '../contact-form-errors';
import { ContactFormFields, fieldId } from './contact-form-fields';
import { DuplicateWarning } from './duplicate-warning';

const ID_PREFIX = 'edit-contact';

/** An edit left to look at a possible duplicate, kept in the history entry. */
export interface KeptEdit {
  contactId: string;
  version: number;
  draft: ContactDraft;
}

interface Conflict {
  reloaded: boolean;
  /** What the user had typed into the fields they changed. */
  values: Partial<ContactDraft>;
}

interface ContactEditFormProps {
  contact: ContactRecordFragment;
  kept?: KeptEdit;
  onKeep: (kept: KeptEdit) => void;
  /** Fetches the record again (after a conflict); resolves to its latest version. */
  onReload: () => Promise<ContactRecordFragment | null>;
  onDone: (saved: boolean) => void;
}

/** Editing a contact over the version it was opened at; a stale save is refused and explained. */
export function ContactEditForm({ contact, kept, onKeep, onReload, onDone }: ContactEditFormProps) {
  const { t, i18n } = useTranslation(['contacts', 'common']);
  const [base, setBase] = useState(() => draftFrom(contact));
  const [version, setVersion] = useState(kept?.version ?? contact.version);
  const [hadConsent, setHadConsent] = useState(contact.consentAt != null);
  const [draft, setDraft] = useState(kept?.draft ?? base);
  const [error, setError] = useState<unknown>(null);
  const [duplicates, setDuplicates] = useState<readonly PossibleDuplicateFragment[]>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [reloading, setReloading] = useState(false);
  const [update, { loading }] = useMutation(UpdateContactDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error);
  useEffect(() => document.getElementById(fieldId(ID_PREFIX, 'lastName'))?.focus(), []);

  const errors = contactFormErrors(error, i18n, t, ID_PREFIX);

  async function save(allowDuplicate: boolean) {
    setError(null);
    setDuplicates([]);
    try {
      const { data } = await update({ variables: { id: contact.id, version, input: inputFrom(draft, hadConsent), allowDuplicate } });
      if (data?.updateContact.contact) onDone(true);
      else setDuplicates(data?.updateContact.duplicates ?? []);
    } catch (caught) {
      if (!errorCodes(caught).includes('CONFLICT')) return setError(caught);
      const values = Object.fromEntries(changedFields(draft, base).map((field) => [field, draft[field]]));
      setConflict({ reloaded: false, values });
    }
  }

  async function reload() {
    setReloading(true);
    try {
      const fresh = await onReload();
      if (!fresh) return;
      const next = draftFrom(fresh);
      setBase(next);
      setDraft(next);
      setVersion(fresh.version);
      setHadConsent(fresh.consentAt != null);
      setConflict((current) => current && { ...current, reloaded: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setReloading(false);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(false);
  }

  return (
    <form ref={form} className="form record-form" noValidate onSubmit={handleSubmit} aria-busy={loading} data-testid="contact-edit-form">
      <h2 className="visually-hidden">{t('contacts:editTitle', { name: contact.displayName })}</h2>
      {conflict && (
        <ConflictNotice
          reloaded={conflict.reloaded}
          reloading={reloading}
          changes={describeChanges(conflict.values, t)}
          onReload={() => void reload()}
          onRestore={() => {
            setDraft((current) => ({ ...current, ...conflict.values }));
            setConflict(null);
          }}
        />
      )}
      <ErrorSummary items={errors.summary} testId="contact-form-errors" />
      {duplicates.length > 0 && (
        <DuplicateWarning
          duplicates={duplicates}
          proceedLabel={t('contacts:duplicates.saveAnyway')}
          busy={loading}
          onProceed={() => void save(true)}
          onBack={() => setDuplicates([])}
          onOpen={() => onKeep({ contactId: contact.id, version, draft })}
        />
      )}
      <ContactFormFields idPrefix={ID_PREFIX} draft={draft} onChange={setDraft} errors={errors.fields} />
      <DialogFooter
        className="form-actions"
        confirmLabel={t('contacts:form.save')}
        busyLabel={t('contacts:form.saving')}
        busy={loading}
        disabled={conflict !== null && !conflict.reloaded}
        confirmTestId="contact-save"
        cancelLabel={t('contacts:form.cancel')}
        onCancel={() => onDone(false)}
        cancelTestId="contact-cancel"
      />
    </form>
  );
}
