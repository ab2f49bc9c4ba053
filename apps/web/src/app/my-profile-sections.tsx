import type { ComponentType } from 'react';
import { MyDuesSection } from '../features/dues/my-dues-section';

/**
 * Sections of My profile that features own (dues, events, documents …), in page order, each
 * given the signed-in person's own contact id. The app composes features.
 */
export const MY_PROFILE_SECTIONS: readonly ComponentType<{ contactId: string }>[] = [MyDuesSection];
