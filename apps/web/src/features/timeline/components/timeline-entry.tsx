import { useTranslation } from 'react-i18next';
import type { ContactTimelineQuery } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { eventReason, eventSentence } from './event-sentence';

type Entry = NonNullable<ContactTimelineQuery['contact']>['timeline']['edges'][number]['node'];

const LOGGED = new Set(['CALL', 'MEETING', 'NOTE', 'EMAIL']);

/** One timeline entry: what it was, when, who; an activity's subject and text, or an event's sentence. */
export function TimelineEntry({ entry }: { entry: Entry }) {
  const { t } = useTranslation(['timeline', 'contacts']);
  const format = useFormatters();
  const logged = LOGGED.has(entry.kind);
  const sentence = logged ? null : eventSentence(entry.kind, entry.payload, t, format);
  const reason = eventReason(entry.kind, entry.payload);

  return (
    <li className={`timeline__entry timeline__entry--${logged ? 'activity' : 'event'}`} data-testid="timeline-entry">
      <div className="timeline__meta">
        <span className="badge">{t(`timeline:kind.${entry.kind}`)}</span>
        <time dateTime={entry.occurredAt}>{format.dateTime(entry.occurredAt)}</time>
        <span className="muted">{entry.actorName ? t('timeline:by', { name: entry.actorName }) : logged ? null : t('timeline:bySystem')}</span>
      </div>
      {entry.subject && <p className="timeline__subject">{entry.subject}</p>}
      {sentence && <p className="timeline__sentence">{sentence}</p>}
      {reason && <p className="muted">{t('timeline:event.reason', { reason })}</p>}
      {entry.body && <p className="pre-wrap timeline__body">{entry.body}</p>}
    </li>
  );
}
