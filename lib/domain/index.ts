// The domain model every layer shares (adapter, pure lib/, components, app, CLI, emulator store):
// plain types and constants, no React, no SDK.
export * from './data-source';
export * from './execution';
export * from './history-event';
export * from './state-machine';
