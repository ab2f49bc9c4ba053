import { useTranslation } from 'react-i18next';
import type { ContactKind, Gender, MembershipStatusFilter, MembershipType } from '../../gql/graphql';

const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

/** The words for the API's enum values, shared by the builder, the criteria summary and the export. */
export function useValueLabels() {
  const { t } = useTranslation(['groups']);
  return {
    status: (v: MembershipStatusFilter) => t(`groups:values.membershipStatus.${lower(v)}`),
    type: (v: MembershipType) => t(`groups:values.membershipType.${lower(v)}`),
    kind: (v: ContactKind) => t(`groups:values.contactType.${lower(v)}`),
    gender: (v: Gender) => t(`groups:values.gender.${lower(v)}`),
  };
}
