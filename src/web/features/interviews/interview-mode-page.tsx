/** Interview mode: one focused screen for the interview day (route `/interviews/$id`). */
export function InterviewModePage() {
  return <h1 className="text-2xl font-semibold">Interview</h1>;
}
