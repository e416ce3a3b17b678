import { connection } from 'next/server';
import { DataSourceBadge } from '@/components/data-source/data-source-badge';
import { describeDataSource, type DataSourceInfo } from '@/lib/aws';

/** Read at request time: the build machine's AWS settings are not the server's. */
export async function DataSourceSection() {
  await connection();
  let info: DataSourceInfo;
  try {
    info = await describeDataSource();
  } catch {
    return <span className="text-xs text-zinc-500">data source unknown</span>;
  }
  return <DataSourceBadge info={info} />;
}
