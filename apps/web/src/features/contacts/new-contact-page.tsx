import { useMutation } from '@apollo/client/react';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateContactDocument, type PossibleDuplicateFragment } from '../../gql/graphql';
import { ErrorSummary, useFocusFirstInvalid } from '../../lib/components/error-summary';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ContactFormFields, fieldId } from './components/contact-form-fields';
import { DuplicateWarning } from './components/duplicate-warning';
import { UnitPicker, type UnitChoice } from './components/unit-picker';
import { EMPTY_DRAFT, inputFrom, type ContactDraft } from './contact-draft';
import { contactFormErrors } from './contact-form-errors';
import { useHistoryState } from './hooks/use-history-state';
import './contacts.css';

const ID_PREFIX = 'new-contact';

interface KeptNew {
  draft: ContactDraft;
  unit: UnitChoice | null;
}

/** Adding a contact: the unit, the same fields as an edit, and the in-scope duplicate check. */
export function NewContactPage() {
  const { t, i18n } = useTranslation(['contacts', 'common']);
  useDocumentTitle(t('contacts:new.title'));
  const navigate = useNavigate();
  const [kept, keep, clear] = useHistoryState<KeptNew>('newContact');
  const [draft, setDraft] = useState<ContactDraft>(kept?.draft ?? EMPTY_DRAFT);
  const [unit, setUnit] = useState<UnitChoice | null>(kept?.unit ?? null);
  const [unitMissing, setUnitMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [duplicates, setDuplicates] = useState<readonly PossibleDuplicateFragment[]>([]);
  const [create, { loading }] = useMutation(CreateContactDocument, {
    // Lists and counts cached before no longer hold: read them again when shown.
    update: (cache) => {
      cache.evict({ fieldName: 'contacts' });
      cache.gc();
    },
  });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error);

  const errors = contactFormErrors(error, i18n, t, ID_PREFIX);
  const unitError = unitMissing ? t('contacts:new.unitRequired') : errors.fields.orgUnitId;
  const chooseUnit = useCallback((next: UnitChoice) => {
    setUnit(next);
    setUnitMissing(false);
  }, []);

  async function submit(allowDuplicate: boolean) {
    setError(null);
    setDuplicates([]);
    if (!unit) {
      setUnitMissing(true);
      document.getElementById(fieldId(ID_PREFIX, 'orgUnitId'))?.focus();
      return;
    }
    try {
      const { data } = await create({ variables: { orgUnitId: unit.id, input: inputFrom(draft, false), allowDuplicate } });
      const created = data?.createContact.contact;
      if (created) {
        clear();
        navigate(`/contacts/${created.id}`, { replace: true });
      } else {
        setDuplicates(data?.createContact.duplicates ?? []);
      }
    } catch (caught) {
      setError(caught);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(false);
  }

  return (
    <>
      <p>
        <Link to="/contacts" className="back-link">
          {t('contacts:backToList')}
        </Link>
      </p>
      <h1>{t('contacts:new.title')}</h1>
      <form ref={form} className="form record-form" noValidate onSubmit={handleSubmit} aria-busy={loading} data-testid="new-contact-form">
        <ErrorSummary items={errors.summary} testId="contact-form-errors" />
        {duplicates.length > 0 && (
          <DuplicateWarning
            duplicates={duplicates}
            proceedLabel={t('contacts:duplicates.createAnyway')}
            busy={loading}
            onProceed={() => void submit(true)}
            onBack={() => setDuplicates([])}
            onOpen={() => keep({ draft, unit })}
          />
        )}
        <UnitPicker id={fieldId(ID_PREFIX, 'orgUnitId')} value={unit} onChange={chooseUnit} error={unitError} />
        <ContactFormFields idPrefix={ID_PREFIX} draft={draft} onChange={setDraft} errors={errors.fields} />
        <div className="button-row form-actions">
          <button type="submit" className="button button--primary" data-testid="contact-create" disabled={loading}>
            {loading ? t('contacts:new.submitting') : t('contacts:new.submit')}
          </button>
          <Link to="/contacts" className="button button--secondary">
            {t('contacts:form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
