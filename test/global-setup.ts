/** Runs once before all test files. Browser journeys build the app themselves when it is missing. */
export default function setup(): void {
  process.env.OFFERBOOK_TEST = '1';
  // Every answer of every test is checked against its zod contract and against the fast serialiser.
  process.env.OFFERBOOK_CHECK_RESPONSES = '1';
}
