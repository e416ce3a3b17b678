import { ConsoleLink } from '@/components/links/console-link';
import { describeDataSource } from '@/lib/aws';
import { buildConsoleUrl } from '@/lib/search/build-console-url';

/**
 * "Open in AWS console" for an execution or state machine ARN, only when the data source is AWS
 * itself: an emulator, Step Functions Local or LocalStack has no console page to open.
 */
export async function ConsoleLinkSection({ arn }: { arn: string }) {
  const source = await describeDataSource();
  const href = source.isCustomEndpoint ? undefined : buildConsoleUrl(arn);
  return href ? <ConsoleLink href={href} /> : null;
}
