import { Arg, Ctx, Directive, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import { loadViewer } from '../../platform/auth/session-viewer';
import { SESSION_COOKIE } from '../../platform/auth/session-token';
import type { ContactRecord } from '../contacts/contact.record';
import type { OrgUnitRecord } from '../org/org-unit.record';
import { OrgUnitType } from '../org/org-unit.types';
import { ContactType } from '../contacts/contact.types';
import { isRole } from '@hromada/shared';
import { AuthService } from './auth.service';
import { LoginResult, MeType, RoleAssignmentType, type ReachGql } from './auth.types';
import type { User } from './user.entity';

interface RoleRow {
  role: string;
  reach: ReachGql;
  unitId: string;
}

@Resolver(() => MeType)
export class AuthResolver {
  @Query(() => MeType, { nullable: true, description: 'The signed-in user, or null.' })
  @Directive('@public')
  me(@Ctx() ctx: GraphQLContext): Promise<User | null> {
    return new AuthService(ctx).currentUser();
  }

  @Mutation(() => LoginResult, { description: 'Signs in: sets the session cookie and returns a bearer token.' })
  @Directive('@public')
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<{ token: string; expiresAt: Date; me: User }> {
    const outcome = await new AuthService(ctx).login(email, password);
    ctx.res.cookie(SESSION_COOKIE, outcome.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.req.secure,
      expires: outcome.expiresAt,
      path: '/',
    });
    ctx.setViewer(await loadViewer(ctx.em, outcome.token, ctx.viewerCache));
    return { token: outcome.token, expiresAt: outcome.expiresAt, me: outcome.user };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  @Directive('@public')
  async logout(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await new AuthService(ctx).logout();
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: ctx.req.secure });
    ctx.setViewer(null);
    return true;
  }

  @FieldResolver(() => ContactType, { nullable: true, description: "The user's own contact record." })
  contact(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<ContactRecord | null> | null {
    return user.contactId ? ctx.loaders.contacts.byId.load(user.contactId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may add and edit contacts somewhere, and so import them (see contactWritableUnits for where).' })
  canAddContacts(@Ctx() ctx: GraphQLContext): boolean {
    return ctx.viewer?.can('contacts', 'write') ?? false;
  }

  @FieldResolver(() => [RoleAssignmentType], { description: 'Role assignments; roles this version does not know grant nothing and are left out.' })
  roles(@Ctx() ctx: GraphQLContext): RoleRow[] {
    return (ctx.viewer?.assignments ?? []).filter((a) => isRole(a.role)).map((a) => ({ role: a.role, reach: a.reach as ReachGql, unitId: a.unitId }));
  }
}

@Resolver(() => RoleAssignmentType)
export class RoleAssignmentResolver {
  @FieldResolver(() => OrgUnitType)
  async orgUnit(@Root() row: RoleRow, @Ctx() ctx: GraphQLContext): Promise<OrgUnitRecord> {
    const unit = await ctx.loaders.org.byId.load(row.unitId);
    if (!unit) throw new Error(`Assigned unit ${row.unitId} is not visible to its own assignee`);
    return unit;
  }
}
