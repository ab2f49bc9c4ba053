import { RELATIONSHIP_KINDS, type RelationshipKind } from './contact-fields';

/** Stored kinds whose other side reads differently; the rest read the same both ways. */
const INVERSE_OF = {
  parent_of: 'child_of',
  recruited: 'recruited_by',
  employer_of: 'employee_of',
} as const satisfies Partial<Record<RelationshipKind, string>>;

type DirectedKind = keyof typeof INVERSE_OF;
type InverseKind = (typeof INVERSE_OF)[DirectedKind];

/** A relationship as one contact sees it: the stored kinds plus the inverse labels. */
export const RELATIONSHIP_VIEW_KINDS = [...RELATIONSHIP_KINDS, ...Object.values(INVERSE_OF)] as readonly (RelationshipKind | InverseKind)[];
export type RelationshipViewKind = RelationshipKind | InverseKind;

/** Kinds that read the same from both sides ("spouse", "colleague"). */
export function isSymmetricRelationship(kind: RelationshipKind): boolean {
  return !(kind in INVERSE_OF);
}

/** How the related contact sees a stored link: parent_of ↔ child_of; symmetric kinds unchanged. */
export function inverseRelationshipKind(kind: RelationshipKind): RelationshipViewKind {
  return (INVERSE_OF as Partial<Record<RelationshipKind, InverseKind>>)[kind] ?? kind;
}

/**
 * How a link given from one contact's side ("A is child_of B") is stored: one stored kind
 * and which side is `contact_id`. `reversed` means B is stored first ("B parent_of A").
 */
export function storedRelationship(kind: RelationshipViewKind): { kind: RelationshipKind; reversed: boolean } {
  const directed = (Object.entries(INVERSE_OF) as [DirectedKind, InverseKind][]).find(([, inverse]) => inverse === kind);
  return directed ? { kind: directed[0], reversed: true } : { kind: kind as RelationshipKind, reversed: false };
}
