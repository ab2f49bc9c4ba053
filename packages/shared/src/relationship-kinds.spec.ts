import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_KINDS } from './contact-fields';
import { inverseRelationshipKind, isSymmetricRelationship, RELATIONSHIP_VIEW_KINDS, storedRelationship } from './relationship-kinds';

describe('relationship kinds', () => {
  it('reads directed kinds inversely from the other side and symmetric ones unchanged', () => {
    expect(inverseRelationshipKind('parent_of')).toBe('child_of');
    expect(inverseRelationshipKind('recruited')).toBe('recruited_by');
    expect(inverseRelationshipKind('employer_of')).toBe('employee_of');
    expect(inverseRelationshipKind('spouse')).toBe('spouse');
    expect(isSymmetricRelationship('colleague')).toBe(true);
    expect(isSymmetricRelationship('parent_of')).toBe(false);
  });

  it('stores every view kind as a stored kind, reversing the inverse ones', () => {
    expect(storedRelationship('child_of')).toEqual({ kind: 'parent_of', reversed: true });
    expect(storedRelationship('parent_of')).toEqual({ kind: 'parent_of', reversed: false });
    expect(storedRelationship('relative')).toEqual({ kind: 'relative', reversed: false });
    for (const kind of RELATIONSHIP_VIEW_KINDS) {
      const stored = storedRelationship(kind);
      expect(RELATIONSHIP_KINDS).toContain(stored.kind);
      // Seen from the side that chose it, the stored link reads as the kind chosen.
      expect(stored.reversed ? inverseRelationshipKind(stored.kind) : stored.kind).toBe(kind);
    }
    expect(new Set(RELATIONSHIP_VIEW_KINDS).size).toBe(9);
  });
});
