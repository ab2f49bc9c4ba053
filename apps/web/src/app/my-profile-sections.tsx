import type { ComponentType } from 'react';
import type { MyProfileSectionProps } from '../features/profile/my-profile-page';
import { MyDuesSection } from '../features/dues/my-dues-section';

/**
 * Sections of "My profile" that other features own (dues balance and payments …), in page
 * order, each given the signed-in person's own contact id. The app composes features;
 * features never import each other.
 */
export const MY_PROFILE_SECTIONS: readonly ComponentType<MyProfileSectionProps>[] = [MyDuesSection];
