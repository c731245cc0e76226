// Tables of the playbooks feature, added with its migration.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PlaybooksTables {}
