/** Contacts: a Person's details and vCard import/export, for server, web (import preview) and CLI. */
export * from './person.js';
export * from './vcard-parse.js';
export * from './vcard-write.js';
