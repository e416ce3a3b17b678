import { cache } from 'react';
import { describeMapRun } from '@/lib/aws';

/** DescribeMapRun once per request: the page awaits it for its status code, the sections read it. */
export const readMapRun = cache(describeMapRun);
