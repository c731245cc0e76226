/**
 * A post's statuses, in the order the calendar lists them. Apart from the
 * contract's schemas, so the calendar's first screen names them without
 * building every channel's schema first.
 */
export const postStatuses = ['idea', 'draft', 'in_review', 'approved', 'published', 'on_hold', 'cancelled'] as const;
