/** Runs once before all test files. Browser journeys build the app themselves when it is missing. */
export default function setup(): void {
  process.env.OFFERBOOK_TEST = '1';
}
