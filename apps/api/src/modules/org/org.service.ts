import type { GraphQLContext } from '../../context';
import type { OrgUnit } from './org-unit.entity';

/** Reads of the org tree. Scope comes from the entity filter; this only picks what to read. */
export class OrgService {
  constructor(private readonly ctx: GraphQLContext) {}

  /** The top units of the viewer's scope: where their grants sit, not the ancestors above. */
  async rootUnits(): Promise<OrgUnit[]> {
    const grants = this.ctx.viewer?.scope('org', 'read').grants ?? [];
    const units = await this.ctx.loaders.org.byId.loadMany(grants.map((g) => g.unitId));
    return units
      .filter((u): u is OrgUnit => u !== null && !(u instanceof Error))
      .sort((a, b) => a.path.localeCompare(b.path));
  }

  byId(id: string): Promise<OrgUnit | null> {
    return this.ctx.loaders.org.byId.load(id);
  }
}
