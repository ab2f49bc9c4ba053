import type { ComponentType } from 'react';
import type { MyProfileSectionProps } from '../features/profile/my-profile-page';

/**
 * Sections of "My profile" that other features own (dues balance and payments …), in page
 * order. The app composes features; features never import each other.
 */
export const MY_PROFILE_SECTIONS: readonly ComponentType<MyProfileSectionProps>[] = [];
