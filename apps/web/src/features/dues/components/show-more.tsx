import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/errors';

/** "Show more" under a money list, with what is shown of how many, and a failed page's reason. */
export function ShowMore(props: { shown: number; total: number; hasMore: boolean; loading: boolean; error: unknown; onMore: () => void; testId: string }) {
  const { t, i18n } = useTranslation(['dues']);
  return (
    <div className="show-more">
      <p className="muted">{t('dues:list.shown', { shown: props.shown, total: props.total })}</p>
      {props.error ? (
        <p className="alert" role="alert">
          {errorMessage(props.error, i18n)}
        </p>
      ) : null}
      {props.hasMore && (
        <button type="button" className="button button--secondary button--small" data-testid={props.testId} disabled={props.loading} onClick={props.onMore}>
          {props.loading ? t('dues:list.loading') : t('dues:list.showMore')}
        </button>
      )}
    </div>
  );
}
