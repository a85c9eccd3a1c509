import { ConfigurationError } from '../errors.js';
import { defineChange } from './define-change.js';

export interface StopParams {
  message: string;
}

/** The error a `stop` change raises: the update halts there, as Liquibase's StopChange does. */
export class StopChangeError extends ConfigurationError {
  override name = 'StopChangeError';
}

/** stop: halts the update with its message. No automatic rollback. */
export const stop = defineChange<StopParams>({
  name: 'stop',
  fields: [{ name: 'message', kind: 'string', default: 'Stop command in changelog file' }],
  generateSql(params) {
    throw new StopChangeError(params.message);
  },
});
