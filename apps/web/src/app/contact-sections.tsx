import type { ComponentType } from 'react';
import type { ContactSectionProps } from '../features/contacts/contact-page';
import { RelationshipsSection } from '../features/relationships/relationships-section';
import { TimelineSection } from '../features/timeline/timeline-section';
import { MembershipSection } from '../features/membership/membership-section';
import { DuesContactSection } from '../features/dues/dues-contact-section';

/**
 * The contact page's sections that other features own (membership, dues, relationships,
 * timeline …), in page order. The app composes features; features never import each other.
 */
export const CONTACT_SECTIONS: readonly ComponentType<ContactSectionProps>[] = [
  MembershipSection,
  DuesContactSection,
  RelationshipsSection,
  TimelineSection,
];
