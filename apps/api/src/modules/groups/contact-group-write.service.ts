import { randomUUID } from 'node:crypto';
import { OptimisticLockError } from '@mikro-orm/core';
import { cleanText, EMPTY_CONTACT_FILTER, validateContactFilter, type ContactFilter, type FieldProblem } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { covers } from '../../platform/auth/viewer';
import { changedBySomeoneElse, forbidden, notFound, unauthenticated, ValidationFailed } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/graphql/ids';
import { ContactGroup } from './contact-group.entity';
import type { ContactGroupCreateInput, ContactGroupUpdateInput } from './contact-group.inputs';
import type { ContactGroupRecord } from './contact-group.record';
import type { ContactFilterInput } from './contact-filter.graphql';

export const GROUP_LIMITS = { name: 120, description: 2_000 } as const;

/** Creating, editing and deleting groups: field checks, the owner unit, optimistic locking, audit. */
export class ContactGroupWriteService {
  constructor(private readonly ctx: GraphQLContext) {}

  async create(input: ContactGroupCreateInput): Promise<ContactGroupRecord> {
    const viewer = this.viewer();
    const problems: FieldProblem[] = [];
    const name = checkName(problems, input.name);
    const description = checkDescription(problems, input.description);
    const filter = checkKindAndFilter(problems, input.kind, input.filter);
    const unit = isUuid(input.orgUnitId) ? await this.ctx.loaders.org.byId.load(input.orgUnitId) : null;
    if (!unit || !covers(viewer.scope('contacts', 'write').grants, unit.path)) problems.push({ field: 'orgUnitId', i18nKey: 'errors:groupUnitNotWritable' });
    if (problems.length > 0 || !unit) throw new ValidationFailed(problems);
    const id = randomUUID();
    await this.ctx.em.transactional(async (em) => {
      const group = em.create(ContactGroup, { id, name, description, kind: input.kind, filter, orgUnitId: unit.id, orgPath: unit.path, createdBy: viewer.userId, version: 1 } as ContactGroup);
      em.persist(group);
      audit(em, { actorUserId: viewer.userId, operation: 'contactGroup.create', recordType: 'ContactGroup', recordId: id, after: snapshot(group) }, this.ctx);
    });
    return this.reload(id);
  }

  /** Saves over `version` only: if someone saved since, the save is refused. */
  async update(id: string, version: number, input: ContactGroupUpdateInput): Promise<ContactGroupRecord> {
    const viewer = this.viewer();
    const current = await this.writable(id);
    const problems: FieldProblem[] = [];
    const name = input.name === undefined || input.name === null ? undefined : checkName(problems, input.name);
    const description = input.description === undefined ? undefined : checkDescription(problems, input.description);
    let filter: ContactFilter | undefined;
    if (input.filter !== undefined && input.filter !== null) {
      if (current.kind === 'static') problems.push({ field: 'filter', i18nKey: 'errors:groupNotSmart' });
      else filter = checkFilter(problems, input.filter);
    }
    if (problems.length > 0) throw new ValidationFailed(problems);
    try {
      await this.ctx.em.transactional(async (em) => {
        const group = await em.findOne(ContactGroup, id, { filters: false });
        if (!group) throw notFound();
        if (group.version !== version) throw changedBySomeoneElse();
        const before = snapshot(group);
        if (name !== undefined) group.name = name;
        if (description !== undefined) group.description = description;
        if (filter !== undefined) group.filter = filter;
        audit(em, { actorUserId: viewer.userId, operation: 'contactGroup.update', recordType: 'ContactGroup', recordId: id, before, after: snapshot(group) }, this.ctx);
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) throw changedBySomeoneElse();
      throw error;
    }
    return this.reload(id);
  }

  /** Deletes the group (its member list with it; the contacts stay). */
  async delete(id: string): Promise<string> {
    const viewer = this.viewer();
    await this.writable(id);
    await this.ctx.em.transactional(async (em) => {
      const group = await em.findOne(ContactGroup, id, { filters: false });
      if (!group) throw notFound();
      audit(em, { actorUserId: viewer.userId, operation: 'contactGroup.delete', recordType: 'ContactGroup', recordId: id, before: snapshot(group) }, this.ctx);
      em.remove(group);
    });
    this.ctx.loaders.groups.byId.clear(id);
    return id;
  }

  /** Not found when unknown or out of sight; forbidden when seen (shared from above) but not editable. */
  private async writable(id: string): Promise<ContactGroupRecord> {
    const group = await this.ctx.loaders.groups.byId.load(id);
    if (!group) throw notFound();
    if (!covers(this.viewer().scope('contacts', 'write').grants, group.orgPath)) throw forbidden();
    return group;
  }

  private async reload(id: string): Promise<ContactGroupRecord> {
    this.ctx.loaders.groups.byId.clear(id);
    const group = await this.ctx.loaders.groups.byId.load(id);
    if (!group) throw new Error(`Group ${id} is not visible right after it was saved`);
    return group;
  }

  private viewer() {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }
}

function checkName(problems: FieldProblem[], value: string): string {
  const name = cleanText(value);
  if (!name) problems.push({ field: 'name', i18nKey: 'errors:fieldRequired' });
  else if (name.length > GROUP_LIMITS.name) problems.push({ field: 'name', i18nKey: 'errors:fieldTooLong', params: { max: GROUP_LIMITS.name } });
  return name ?? '';
}

function checkDescription(problems: FieldProblem[], value: string | null | undefined): string | null {
  const description = (value ?? '').trim() || null;
  if (description && description.length > GROUP_LIMITS.description) {
    problems.push({ field: 'description', i18nKey: 'errors:fieldTooLong', params: { max: GROUP_LIMITS.description } });
  }
  return description;
}

/** A smart group needs criteria, a static one takes none. */
function checkKindAndFilter(problems: FieldProblem[], kind: ContactGroupCreateInput['kind'], input: ContactFilterInput | null | undefined): ContactFilter | null {
  if (kind === 'static') {
    if (input) problems.push({ field: 'filter', i18nKey: 'errors:groupNotSmart' });
    return null;
  }
  return checkFilter(problems, input ?? {});
}

/** The checked filter; its problems join the form's (the save is then refused with all of them). */
function checkFilter(problems: FieldProblem[], input: ContactFilterInput): ContactFilter {
  const result = validateContactFilter(input);
  if (result.ok) return result.value;
  problems.push(...result.problems);
  return EMPTY_CONTACT_FILTER;
}

/** What the audit log keeps of a group. */
function snapshot(group: ContactGroup): Record<string, unknown> {
  return { name: group.name, description: group.description, kind: group.kind, filter: group.filter, orgUnitId: group.orgUnitId, version: group.version };
}
