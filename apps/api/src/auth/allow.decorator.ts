import { SetMetadata } from '@nestjs/common';
import type { Action } from '@khung/domain';

export const REQUIRED_ACTION = 'khung:action';

/**
 * The action a route needs (see libs/domain access.ts). Every route declares one or is
 * @Public(); the guard refuses routes that declare nothing, so a forgotten check fails closed.
 */
export const Allow = (action: Action) => SetMetadata(REQUIRED_ACTION, action);
