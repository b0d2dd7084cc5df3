/** Times are ISO 8601 strings in UTC; calendar dates are `YYYY-MM-DD`; ids are UUID strings. */
export type Instant = string;
