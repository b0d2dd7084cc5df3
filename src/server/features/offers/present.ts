import type { Offer, OfferStatus, PayPeriod } from '../../../contracts/offers.js';
import type { RemotePolicy, Stage } from '../../../contracts/opportunities.js';
import { yearlyPay } from '../../../core/offers/pay.js';
import type { OfferRow } from './repository.js';

/** Maps an offer row to the API's Offer. */
export function presentOffer(row: OfferRow): Offer {
  const period = row.pay_period as PayPeriod | null;
  return {
    id: row.id,
    opportunityId: row.opportunity_id,
    employerName: row.employer_name,
    roleTitle: row.role_title,
    stage: row.stage as Stage,
    basePay: row.base_pay,
    currency: row.currency,
    payPeriod: period,
    yearlyPay: yearlyPay(row.base_pay, period),
    bonus: row.bonus,
    equity: row.equity,
    benefits: row.benefits,
    startDate: row.start_date,
    location: row.location,
    remotePolicy: row.remote_policy as RemotePolicy | null,
    deadline: row.deadline,
    status: row.status as OfferStatus,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
