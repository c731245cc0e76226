// Tables of the accounts feature, added with its migration.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AccountsTables {}
