import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ContactGroupForEditDocument } from '../../gql/graphql';
import { ErrorState, LoadingState, NotFoundState } from '../../lib/components/query-status';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GroupForm } from './components/group-form';
import './groups.css';

/** A new group (`/groups/new`, `?kind=static` for a static one). */
export function NewGroupPage() {
  const { t } = useTranslation(['groups']);
  const [params] = useSearchParams();
  const kind = params.get('kind') === 'static' ? 'STATIC' : 'SMART';
  const title = kind === 'SMART' ? t('groups:form.newSmartTitle') : t('groups:form.newStaticTitle');
  useDocumentTitle(title);
  return (
    <>
      <p>
        <Link to="/groups" className="back-link">
          {t('groups:group.back')}
        </Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{kind === 'SMART' ? t('groups:kind.smartHint') : t('groups:kind.staticHint')}</p>
      <GroupForm key={kind} subject={{ id: null, version: 0, kind, name: '', description: null, filter: null }} />
    </>
  );
}

/** Editing a group you may change: name, description and, for a smart group, its criteria. */
export function EditGroupPage() {
  const { t } = useTranslation(['groups']);
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ContactGroupForEditDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const group = data?.contactGroup ?? null;
  useDocumentTitle(group ? t('groups:form.editTitle', { name: group.name }) : t('groups:title'));
  if (!group) {
    if (data) return <NotFoundState title={t('groups:group.notFoundTitle')}><p>{t('groups:group.notFoundText')}</p></NotFoundState>;
    return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  }
  return (
    <>
      <p>
        <Link to={`/groups/${group.id}`} className="back-link">
          {group.name}
        </Link>
      </p>
      <h1>{t('groups:form.editTitle', { name: group.name })}</h1>
      <GroupForm key={`${group.id}:${group.version}`} subject={group} />
    </>
  );
}
