'use client';

import { UnexpectedError } from '@/components/errors/unexpected-error';

export default function MapRunError({ error, retry }: { error: unknown; retry: () => void }) {
  return <UnexpectedError error={error} retry={retry} what="this Map Run" />;
}
