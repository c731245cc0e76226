// Tables of the calendar feature, added with its migration.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CalendarTables {}
