import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AddContactRelationshipDocument, type RelationshipKind } from '../../../gql/graphql';
import { ErrorSummary, useFocusFirstInvalid } from '../../../lib/components/error-summary';
import { DialogFooter } from '../../../lib/components/dialog-footer';
import { SelectField } from '../../../lib/components/form-field';
import { formErrors } from '../../../lib/errors';
import { ContactPicker, type PickedContact } from './contact-picker';

/** Kinds as this contact reads them; each is offered by what the other person is to them. */
const KINDS: readonly RelationshipKind[] = ['SPOUSE', 'PARENT_OF', 'CHILD_OF', 'RELATIVE', 'RECRUITED', 'RECRUITED_BY', 'EMPLOYEE_OF', 'EMPLOYER_OF', 'COLLEAGUE'];
const FIELDS = ['relatedContactId'] as const;

interface AddRelationshipFormProps {
  contactId: string;
  contactName: string;
  onAdded: () => void;
  onCancel: () => void;
}

export function AddRelationshipForm({ contactId, contactName, onAdded, onCancel }: AddRelationshipFormProps) {
  const { t, i18n } = useTranslation(['relationships']);
  const id = useId();
  const [picked, setPicked] = useState<PickedContact | null>(null);
  const [kind, setKind] = useState<RelationshipKind>('RELATIVE');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [add, { loading }] = useMutation(AddContactRelationshipDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error);

  const errors = error ? formErrors(error, i18n, FIELDS) : { fields: {}, general: [] };
  const contactError = missing ? t('relationships:add.chooseContact') : errors.fields.relatedContactId;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!picked) {
      setMissing(true);
      document.getElementById(`${id}-contact`)?.focus();
      return;
    }
    try {
      await add({
        variables: { contactId, relatedContactId: picked.id, kind },
        // The other side shows the link too: read its list again when it is next shown.
        update: (cache) => void cache.evict({ id: cache.identify({ __typename: 'Contact', id: picked.id }), fieldName: 'relationships' }),
      });
      onAdded();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form ref={form} className="form card add-relationship" noValidate onSubmit={handleSubmit} aria-busy={loading} data-testid="add-relationship-form">
      <h3>{t('relationships:add.title')}</h3>
      <ErrorSummary items={errors.general.map((text) => ({ text }))} />
      <ContactPicker
        id={`${id}-contact`}
        exceptId={contactId}
        value={picked}
        error={contactError}
        onChange={(contact) => {
          setPicked(contact);
          setMissing(false);
          setError(null);
        }}
      />
      <SelectField
        id={`${id}-kind`}
        label={t('relationships:add.role', { name: contactName })}
        value={kind}
        options={KINDS.map((value) => ({ value, label: t(`relationships:role.${value}`) }))}
        onValue={setKind}
        testId="relationship-kind"
      />
      <DialogFooter
        confirmLabel={t('relationships:add.submit')}
        busyLabel={t('relationships:add.submitting')}
        busy={loading}
        confirmTestId="relationship-submit"
        cancelLabel={t('relationships:add.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
