import { SetMetadata } from '@nestjs/common';

export const QUERY_TOKEN = 'khung:query-token';

/**
 * The route also takes the access token as `?access_token=` (checked like a bearer token): the
 * browser's EventSource cannot set headers. Only for event streams; a token in a URL can end up
 * in logs.
 */
export const AcceptQueryToken = () => SetMetadata(QUERY_TOKEN, true);
