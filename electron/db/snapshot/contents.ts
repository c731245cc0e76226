/**
 * What the local copy of the team's database holds: what the officer needs
 * on a bad day with the server away, and no more. Table by table (the
 * schema's own names; child tables follow their parents so every reference
 * in the copy points at a row the copy has):
 *
 * - the plan for the coming weeks: posts planned from a week before today
 *   to six weeks after it, and the undated ideas of the backlog, with every
 *   row a post has (targets with their own texts, hashtags, media links),
 *   and the holds a crisis put on them;
 * - the inventory, whole (a few hundred rows even in a city): accounts,
 *   people and their trainings, campaigns and their accounts, special days,
 *   hashtag sets, the media library's rows (not their files' parts, far
 *   too big: offline, each file this computer imported or has already
 *   fetched from the server is in its data folder and serves as ever);
 * - the crisis screens, whole: playbooks with every saved version, contacts,
 *   incidents with their timelines;
 * - the settings (time zone, language, office name).
 *
 * Left out: audits, approvals of signed plans and the strategy's targets
 * (work for a calm day, and their screens say "no connection" instead of
 * showing a partial answer), and posts outside the window.
 */

/** Days before today whose posts stay in the copy (what was just published). */
export const DAYS_BEFORE = 7;
/** Days after today whose posts the copy holds: the plan for the coming weeks. */
export const DAYS_AHEAD = 42;

/** How a table's rows are chosen: all of them, or those of the posts in the copy. */
export type Selection = 'all' | 'plannedPosts' | 'ofPlannedPosts';

/** In insertion order (references are checked once the copy is whole, so order is for the reader). */
export const snapshotTables: readonly { table: string; rows: Selection }[] = [
  { table: 'settings', rows: 'all' },
  { table: 'people', rows: 'all' },
  { table: 'person_trainings', rows: 'all' },
  { table: 'accounts', rows: 'all' },
  { table: 'campaigns', rows: 'all' },
  { table: 'campaign_accounts', rows: 'all' },
  { table: 'special_days', rows: 'all' },
  { table: 'hashtag_sets', rows: 'all' },
  { table: 'media', rows: 'all' },
  { table: 'posts', rows: 'plannedPosts' },
  { table: 'post_targets', rows: 'ofPlannedPosts' },
  { table: 'post_hashtags', rows: 'ofPlannedPosts' },
  { table: 'post_media', rows: 'ofPlannedPosts' },
  { table: 'contacts', rows: 'all' },
  { table: 'playbooks', rows: 'all' },
  { table: 'playbook_versions', rows: 'all' },
  { table: 'incidents', rows: 'all' },
  { table: 'incident_events', rows: 'all' },
  { table: 'incident_holds', rows: 'ofPlannedPosts' },
];
