import type { ReactElement } from 'react';
import { renderDataSourceError } from '@/app/_sections/render-data-source-error';
import { DataSourceErrorPanel } from '@/components/data-source/data-source-error-panel';
import { PriceConfigError } from '@/lib/cost/parse-price-config';
import { ArnRegionError } from '@/lib/cost/region-from-arn';
import { UnknownRegionPriceError } from '@/lib/cost/standard-price-for-region';

/** Price and ARN problems are the user's to fix: say which and how, in place of the review. */
export function renderCostError(error: unknown): ReactElement {
  if (error instanceof PriceConfigError || error instanceof UnknownRegionPriceError) {
    return (
      <DataSourceErrorPanel
        problem={{
          kind: 'invalid-input',
          message: error.message,
          hint: 'Fix the JSON file named by STATESCOPE_PRICES (or set it to add a region), then reload.',
        }}
      />
    );
  }
  if (error instanceof ArnRegionError) {
    return (
      <DataSourceErrorPanel
        problem={{ kind: 'invalid-input', message: error.message, hint: 'Open the cost review from a state machine link.' }}
      />
    );
  }
  return renderDataSourceError(error);
}
