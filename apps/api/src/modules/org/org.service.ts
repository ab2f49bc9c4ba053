import type { GraphQLContext } from '../../context';
import type { OrgUnitRecord } from './org-unit.record';

/** Reads of the org tree. Scope comes with every loader read; this only picks what to read. */
export class OrgService {
  constructor(private readonly ctx: GraphQLContext) {}

  /** The top units of the viewer's scope: where their grants sit, not the ancestors above. */
  async rootUnits(): Promise<OrgUnitRecord[]> {
    const grants = this.ctx.viewer?.scope('org', 'read').grants ?? [];
    const units = await this.ctx.loaders.org.byId.loadMany(grants.map((g) => g.unitId));
    return units
      .filter((u): u is OrgUnitRecord => u !== null && !(u instanceof Error))
      .sort((a, b) => a.path.localeCompare(b.path));
  }

  byId(id: string): Promise<OrgUnitRecord | null> {
    return this.ctx.loaders.org.byId.load(id);
  }
}
