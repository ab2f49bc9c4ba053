import 'i18next';
import type { ReferenceResources } from '@hromada/i18n';

// Keys such as t('contacts:title') are checked against the English locale files.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: ReferenceResources;
  }
}
