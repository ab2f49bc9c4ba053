import { randomUUID } from 'node:crypto';
import { calendarDateIn } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { covers } from '../../platform/auth/viewer';
import { execute } from '../../platform/db/sql';
import { notFound, unauthenticated, UserError, ValidationFailed } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/graphql/ids';
import { ContactImport } from './contact-import.entity';
import { ContactImportMapping } from './contact-import-mapping.entity';
import type { ContactImportOptionsInput } from './contact-import.inputs';
import { headerSignature, mappingProblems, type ImportMapping } from './import-fields';
import { CONTACT_IMPORT_TASK } from './import-job';
import type { ImportRunParams } from './import-run';
import { claimForRun } from './import-status';

/** The uploader's side of an import: finding it, setting its mapping and options, starting a check or the import. */
export class ContactImportService {
  constructor(private readonly ctx: GraphQLContext) {}

  /** The viewer's own import; null for anyone else's, an unknown or a malformed id. */
  async byId(id: string): Promise<ContactImport | null> {
    if (!isUuid(id)) return null;
    return this.ctx.em.findOne(ContactImport, { id, createdBy: this.viewer().userId });
  }

  /**
   * Sets the columns' fields and the options, and saves the mapping for the next file with
   * these headers. A check done before no longer holds, so its results are dropped.
   */
  async setMapping(id: string, mapping: ImportMapping, options: ContactImportOptionsInput): Promise<ContactImport> {
    const viewer = this.viewer();
    const contactImport = await this.editable(id);
    const targetOrgUnitId = options.targetOrgUnitId ?? null;
    const problems = mappingProblems(mapping, contactImport.headers.length, targetOrgUnitId !== null);
    if (targetOrgUnitId !== null && !(await this.mayWriteTo(targetOrgUnitId))) {
      problems.push({ field: 'targetOrgUnitId', i18nKey: 'errors:unitNotWritable' });
    }
    if (problems.length > 0) throw new ValidationFailed(problems);
    const before = { mapping: contactImport.mapping, targetOrgUnitId: contactImport.targetOrgUnitId, matchMode: contactImport.matchMode, errorMode: contactImport.errorMode };
    const signature = headerSignature(contactImport.headers);
    return this.ctx.em.transactional(async (em) => {
      const changed = await em.findOneOrFail(ContactImport, id);
      Object.assign(changed, {
        mapping, mappingSource: 'set', targetOrgUnitId, matchMode: options.matchMode, errorMode: options.errorMode,
        status: 'uploaded', dryRun: null, counts: null, errorKey: null, errorParams: null, finishedAt: null,
      });
      await execute(em, 'delete from contact_import_row where import_id = ?', [id]);
      const saved = await em.findOne(ContactImportMapping, { createdBy: viewer.userId, signature });
      if (saved) saved.mapping = mapping;
      else em.persist(em.create(ContactImportMapping, { id: randomUUID(), createdBy: viewer.userId, signature, headers: contactImport.headers, mapping } as ContactImportMapping));
      audit(em, {
        actorUserId: viewer.userId,
        operation: 'contactImport.setMapping',
        recordType: 'ContactImport',
        recordId: id,
        before,
        after: { mapping, targetOrgUnitId, matchMode: options.matchMode, errorMode: options.errorMode },
      }, this.ctx);
      return changed;
    });
  }

  /** Starts a check (`dryRun`) or the import as a background job; the import carries the task id to follow. */
  async run(id: string, dryRun: boolean): Promise<ContactImport> {
    const viewer = this.viewer();
    const contactImport = await this.editable(id);
    if (!contactImport.mapping) throw new UserError('BAD_USER_INPUT', 'imports:error.mappingNotSet', 'Set the column mapping first.');
    const problems = mappingProblems(contactImport.mapping, contactImport.headers.length, contactImport.targetOrgUnitId !== null);
    if (problems.length > 0) throw new ValidationFailed(problems);
    if (!(await claimForRun(this.ctx.em, id, viewer.userId, dryRun))) throw busy();
    const params: ImportRunParams = { importId: id, dryRun, today: calendarDateIn(this.ctx.config.timeZone), requestId: this.ctx.requestId, ip: this.ctx.ip };
    try {
      const taskId = await this.ctx.jobs.enqueue(CONTACT_IMPORT_TASK, { ...params }, viewer.userId);
      await execute(this.ctx.em, 'update contact_import set task_id = ? where id = ?', [taskId, id]);
    } catch (error) {
      await execute(this.ctx.em, `update contact_import set status = 'uploaded', dry_run = null where id = ?`, [id]);
      throw error;
    }
    this.ctx.em.clear();
    return (await this.byId(id))!;
  }

  /** The viewer's import, if it may still be changed: not while it runs, not once imported. */
  private async editable(id: string): Promise<ContactImport> {
    const contactImport = await this.byId(id);
    if (!contactImport) throw notFound();
    if (contactImport.status === 'imported') {
      throw new UserError('CONFLICT', 'imports:error.alreadyImported', 'This file has been imported already; upload it again to import it again.');
    }
    if (contactImport.status === 'checking' || contactImport.status === 'importing') throw busy();
    return contactImport;
  }

  private async mayWriteTo(unitId: string): Promise<boolean> {
    if (!isUuid(unitId)) return false;
    const [unit] = await execute<{ path: string }>(this.ctx.em, 'select path::text as path from org_unit where id = ?', [unitId]);
    return unit !== undefined && covers(this.viewer().scope('contacts', 'write').grants, unit.path);
  }

  private viewer() {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }
}

const busy = () => new UserError('CONFLICT', 'imports:error.busy', 'This file is being checked or imported right now.');
