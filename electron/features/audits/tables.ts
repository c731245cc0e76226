// Tables of the audits feature, added with its migration.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AuditsTables {}
