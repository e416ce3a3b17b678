/**
 * Raw events per page of the execution page's table: each row holds its event's details as JSON, so
 * a page of 100 keeps the document and its DOM small however long the history (25,000 events).
 */
export const EXECUTION_EVENTS_PAGE_SIZE = 100;
