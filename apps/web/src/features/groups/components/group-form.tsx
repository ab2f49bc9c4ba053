import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  CreateContactGroupDocument,
  GroupOwnerUnitsDocument,
  UpdateContactGroupDocument,
  type ContactFilterFieldsFragment,
  type ContactGroupKind,
} from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { EMPTY_FILTER_FORM, filterFromForm, formFromFilter, type FilterFormState } from '../filter-form';
import { groupFormErrors } from '../form-errors';
import { FilterBuilder } from './filter-builder';
import { FilterPreview } from './filter-preview';

/** The group being edited, or what a new one starts from. */
export interface GroupFormSubject {
  id: string | null;
  version: number;
  kind: ContactGroupKind;
  name: string;
  description?: string | null;
  filter?: ContactFilterFieldsFragment | null;
}

const FIELDS = [
  'name', 'description', 'orgUnitId', 'filter', 'unitIds', 'membershipStatuses', 'membershipTypes', 'contactTypes', 'genders',
  'tagsAny', 'tagsAll', 'ageMin', 'ageMax', 'arrearsAtLeastKopiyky', 'createdFrom', 'createdTo',
] as const;

/** Name, description, owner unit and, for a smart group, the criteria with their live count. */
export function GroupForm({ subject }: { subject: GroupFormSubject }) {
  const { t, i18n } = useTranslation(['groups', 'errors']);
  const format = useFormatters();
  const navigate = useNavigate();
  const id = useId();
  const [name, setName] = useState(subject.name);
  const [description, setDescription] = useState(subject.description ?? '');
  const [ownerId, setOwnerId] = useState('');
  const [filterForm, setFilterForm] = useState<FilterFormState>(subject.filter ? formFromFilter(subject.filter) : EMPTY_FILTER_FORM);
  const [serverError, setServerError] = useState<unknown>(null);
  const owners = useQuery(GroupOwnerUnitsDocument, { skip: subject.id !== null });
  // A new group belongs in every cached list of groups: drop them, they are read again.
  const [create, creating] = useMutation(CreateContactGroupDocument, { update: (cache) => void cache.evict({ fieldName: 'contactGroups' }) });
  const [update, updating] = useMutation(UpdateContactGroupDocument);
  const smart = subject.kind === 'SMART';
  const checked = smart ? filterFromForm(filterForm) : null;
  const errors = groupFormErrors(checked?.problems ?? [], serverError, i18n, FIELDS);
  const ownerChoices = uniqueUnits((owners.data?.me?.roles ?? []).filter((r) => r.role !== 'member').map((r) => r.orgUnit));
  const owner = ownerId || ownerChoices[0]?.id || '';
  const saving = creating.loading || updating.loading;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setServerError(null);
    if (checked && checked.problems.length > 0) return;
    const filter = checked?.input ?? null;
    try {
      if (subject.id === null) {
        const result = await create({ variables: { input: { name, description: description || null, kind: subject.kind, orgUnitId: owner, filter } } });
        const created = result.data?.createContactGroup.id;
        if (created) void navigate(`/groups/${created}`);
      } else {
        await update({ variables: { id: subject.id, version: subject.version, input: { name, description, ...(filter ? { filter } : {}) } } });
        void navigate(`/groups/${subject.id}`);
      }
    } catch (error) {
      setServerError(error);
    }
  }

  return (
    <form className="form group-form" noValidate onSubmit={handleSubmit} aria-busy={saving} data-testid="group-form">
      {errors.general.length > 0 && (
        <div className="alert alert--error" role="alert" data-testid="group-form-error">
          {errors.general.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          {t('groups:form.name')}
        </label>
        <input id={`${id}-name`} className="input" value={name} maxLength={120} data-testid="group-name" aria-invalid={errors.fields.name ? true : undefined} onChange={(event) => setName(event.target.value)} />
        {errors.fields.name && <p className="field__error">{errors.fields.name}</p>}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-description`}>
          {t('groups:form.description')}
        </label>
        <textarea id={`${id}-description`} className="input" rows={2} value={description} data-testid="group-description" onChange={(event) => setDescription(event.target.value)} />
        {errors.fields.description && <p className="field__error">{errors.fields.description}</p>}
      </div>
      {subject.id === null && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-owner`}>
            {t('groups:form.owner')}
          </label>
          <p className="field__hint">{t('groups:form.ownerHint')}</p>
          <select id={`${id}-owner`} className="input" value={owner} data-testid="group-owner" onChange={(event) => setOwnerId(event.target.value)}>
            {ownerChoices.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {format.name(unit)}
              </option>
            ))}
          </select>
          {errors.fields.orgUnitId && <p className="field__error">{errors.fields.orgUnitId}</p>}
        </div>
      )}
      {smart && <FilterBuilder form={filterForm} onChange={setFilterForm} errors={errors.fields} />}
      <div className="form-actions">
        {smart && <FilterPreview filter={checked && checked.problems.length === 0 ? checked.input : null} />}
        <div className="form-actions__buttons">
          <button type="submit" className="button button--primary" disabled={saving} data-testid="group-save">
            {saving ? t('groups:form.saving') : t('groups:form.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void navigate(subject.id ? `/groups/${subject.id}` : '/groups')}>
            {t('groups:form.cancel')}
          </button>
        </div>
      </div>
    </form>
  );
}

function uniqueUnits<T extends { id: string }>(units: readonly T[]): T[] {
  return units.filter((unit, i) => units.findIndex((u) => u.id === unit.id) === i);
}
