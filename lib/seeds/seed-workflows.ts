import courseEnrollment from './definitions/course-enrollment.asl.json';
import daycareRegistration from './definitions/daycare-registration.asl.json';
import invoicePaymentReminder from './definitions/invoice-payment-reminder.asl.json';
import oddEven from './definitions/odd-even.asl.json';
import orderProcessing from './definitions/order-processing.asl.json';
import parcelAudit from './definitions/parcel-audit.asl.json';
import shippingLabelBatch from './definitions/shipping-label-batch.asl.json';
import supplierQuoteApproval from './definitions/supplier-quote-approval.asl.json';

export interface SeedWorkflow {
  /** State machine name. */
  name: string;
  /** The ASL definition object; `JSON.stringify` it for CreateStateMachine. */
  definition: Record<string, unknown>;
  description: string;
  /**
   * `tutorial`: rebuilt from a published Step Functions tutorial (named in `description`) that the user
   * supplied; `demo`: ours, to show Map, Wait and timeouts.
   */
  origin: 'tutorial' | 'demo';
}

/**
 * Every workflow the demo deploys. Lambda tasks name functions whose handlers live in
 * `lib/seeds/handlers/<functionName>.ts`, which the emulator runs for them.
 */
export const seedWorkflows: readonly SeedWorkflow[] = [
  {
    name: 'daycare-registration',
    definition: daycareRegistration,
    description:
      'Daycare registration (tutorial "A Complete Guide to Master Step Functions on AWS"): checkInformation, checkAgeRange, checkSpotsAvailability and confirmRegistration, each routed on its statusCode to the next check or to a Fail state.',
    origin: 'tutorial',
  },
  {
    name: 'order-processing',
    definition: orderProcessing,
    description:
      'E-commerce order processing (tutorial "AWS Step Functions — Day 16"): VerifyPayment, UpdateInventory, NotifyCustomer; payment and stock errors are caught into Fail states; a Retry (added by us) rides out a transient inventory outage.',
    origin: 'tutorial',
  },
  {
    name: 'course-enrollment',
    definition: courseEnrollment,
    description:
      'Course enrollment (tutorial "Serverless Orchestration using AWS Step Functions"): name, e-mail and payment lookups in a Parallel, then ValidateDetails enrolls or cancels.',
    origin: 'tutorial',
  },
  {
    name: 'odd-even',
    definition: oddEven,
    description: 'Odd or even (tutorial "An Introduction to AWS Step Function"): N % 2 in a Lambda, then a Choice between Even and Odd.',
    origin: 'tutorial',
  },
  {
    name: 'shipping-label-batch',
    definition: shippingLabelBatch,
    description: 'A Map over a warehouse batch: one shipping label per shipment; bad addresses are caught per item and flagged for review.',
    origin: 'demo',
  },
  {
    name: 'invoice-payment-reminder',
    definition: invoicePaymentReminder,
    description: 'A Wait for the invoice grace period (from the input, often 24 h), then a payment reminder.',
    origin: 'demo',
  },
  {
    name: 'supplier-quote-approval',
    definition: supplierQuoteApproval,
    description: 'Waits an hour for approval under a 3-second execution timeout, so it always ends TIMED_OUT.',
    origin: 'demo',
  },
  {
    name: 'parcel-audit',
    definition: parcelAudit,
    description:
      'A Distributed Map over a warehouse inventory: 25 parcels a child workflow; batches with a damaged parcel fail, within a 10 % tolerated failure threshold.',
    origin: 'demo',
  },
];
