/**
 * The one home for test data (docs/CONVENTIONS.md, tests): `new…` builds a complete row with realistic
 * defaults, `insert…` writes it through a test app's database, `build…Input` answers an API body, and
 * `api(t)` / `add…` make data through the HTTP API. Parts live in `test/factories/`.
 */
export { addOpportunity, addPerson, api, post } from './factories/api.js';
export { insertConcern, insertInterview, insertNote } from './factories/interviews.js';
export { buildOpportunityInput, insertEmployer, insertOffer, insertOpportunity, insertUser } from './factories/opportunities.js';
export { insertInterviewDay, insertStranger, type InterviewFixture } from './factories/scenarios.js';
