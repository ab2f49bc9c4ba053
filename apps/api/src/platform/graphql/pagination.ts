import { Field, ObjectType } from 'type-graphql';
import { UserError } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Validates `first`: a positive integer up to the cap; the error names the cap. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1) {
    throw new UserError('BAD_USER_INPUT', 'errors:firstInvalid', '`first` must be a positive integer.', {
      field: 'first',
    });
  }
  if (size > MAX_PAGE_SIZE) {
    throw new UserError('BAD_USER_INPUT', 'errors:firstTooLarge', `\`first\` may be at most ${MAX_PAGE_SIZE}.`, {
      field: 'first',
      params: { max: MAX_PAGE_SIZE },
    });
  }
  return size;
}

/** Opaque keyset cursors: base64url of a JSON array of the sort key values. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as (string | number)[];
    }
  } catch {
    // falls through to the user error below
  }
  throw invalidCursor();
}

/** What a forged, stale or foreign `after` cursor gets. */
export function invalidCursor(): UserError {
  return new UserError('BAD_USER_INPUT', 'errors:cursorInvalid', 'The `after` cursor is not valid.', { field: 'after' });
}
