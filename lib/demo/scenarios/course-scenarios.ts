import type { DemoScenario } from './demo-scenario';

/** Course enrollments: enrolled, cancelled by the records check, and a lookup error caught from the Parallel. */
export function buildCourseScenarios(): DemoScenario[] {
  const stateMachine = 'course-enrollment';
  const course = { courseId: 'CLOUD-201', courseTitle: 'Serverless Architectures on AWS' };
  return [
    {
      scenario: 'course-enrolled',
      stateMachine,
      expectedStatus: 'SUCCEEDED',
      summary: 'a registered student who has paid',
      input: { name: 'Ayesha Raza', email: 'Ayesha.Raza@example.com', paymentStatus: 'paid', ...course },
    },
    {
      scenario: 'course-enrolled-fee-waived',
      stateMachine,
      expectedStatus: 'SUCCEEDED',
      summary: 'a scholarship student whose fee is waived',
      input: { name: 'Kwame  Mensah', email: 'kwame.mensah@example.com', paymentStatus: 'WAIVED', ...course },
    },
    {
      scenario: 'course-student-not-found',
      stateMachine,
      expectedStatus: 'FAILED',
      expectedError: 'EnrollmentCancelled',
      failState: 'EnrollmentCancelled',
      summary: 'ValidateDetails finds no such student, so the enrollment is cancelled',
      input: { name: 'Jordan Avery', email: 'jordan.avery@example.com', paymentStatus: 'PAID', ...course },
    },
    {
      scenario: 'course-payment-pending',
      stateMachine,
      expectedStatus: 'FAILED',
      expectedError: 'EnrollmentCancelled',
      failState: 'EnrollmentCancelled',
      summary: 'a registered student whose payment is still pending',
      input: { name: 'Tomás Herrera', email: 'tomas.herrera@example.org', paymentStatus: 'PENDING', ...course },
    },
    {
      scenario: 'course-invalid-email',
      stateMachine,
      expectedStatus: 'FAILED',
      expectedError: 'InvalidEnrollmentRequest',
      failState: 'InvalidEnrollmentRequest',
      summary: 'LookUpEmail throws InvalidEmailError; the Parallel catches it into InvalidEnrollmentRequest',
      input: { name: 'Mei Lin Chen', email: 'meilin.chen(at)example.net', paymentStatus: 'PAID', ...course },
    },
  ];
}
