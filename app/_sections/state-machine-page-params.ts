import { decodeArnParam } from '@/components/routes';
import { failPage } from './fail-page';
import { readStateMachine } from './read-main-resources';

/** What Next.js hands a page under `/…/[arn]` that names a state machine. */
export type StateMachinePageProps = {
  params: Promise<{ arn: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The state machine ARN of the route, decoded. */
export async function stateMachineArnParam({ params }: Pick<StateMachinePageProps, 'params'>): Promise<string> {
  return decodeArnParam((await params).arn);
}

/** The state machine's name: the last part of its ARN. */
export function stateMachineNameOf(arn: string): string | undefined {
  return arn.split(':').at(-1);
}

/**
 * The route's state machine ARN, once the state machine is known to exist: called before anything
 * streams, so that an unknown state machine is a 404 and a data source that is down a 500.
 */
export async function existingStateMachineArn(props: Pick<StateMachinePageProps, 'params'>): Promise<string> {
  const arn = await stateMachineArnParam(props);
  await readStateMachine(arn).catch(failPage);
  return arn;
}
