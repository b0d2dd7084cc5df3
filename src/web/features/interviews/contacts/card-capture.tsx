/** What the card capture needs: where the new person belongs, and what to do once saved. */
export interface CardCaptureProps {
  opportunityId: string;
  employerName: string;
  /** Called with the new person's id after the user confirmed and it was saved. */
  onSaved?: (personId: string) => void;
}

/** Add a person met at the interview: by typing, from a vCard, or from a photographed business card (OCR on the device). */
export function CardCapture(_props: CardCaptureProps) {
  return null;
}
