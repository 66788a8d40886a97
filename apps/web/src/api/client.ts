import { tokenStore } from './tokenStore';

/** One field's validation failure, as the API words it in both languages. */
export interface FieldError {
  field: string;
  rule: string;
  vi: string;
  en: string;
}

/** A failed call: `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly errors: FieldError[];
  /** The whole error answer (a 409 carries the `current` record), when it was JSON. */
  readonly body: unknown;

  constructor(status: number, message: string, errors: FieldError[] = [], body: unknown = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.errors = errors;
    this.body = body;
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }

  get isConflict(): boolean {
    return this.status === 409;
  }
}

export const API_BASE = '/api';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON, or as it is when FormData (a file upload). */
  body?: unknown;
  /** Query parameters; undefined, null and '' are left out. */
  query?: Record<string, string | number | boolean | null | undefined>;
  signal?: AbortSignal;
  /** false for the calls made before logging in (no bearer, and a 401 is just an answer). */
  auth?: boolean;
}

function urlOf(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

function isFieldError(e: unknown): e is FieldError {
  return typeof e === 'object' && e !== null && 'field' in e && 'vi' in e && 'en' in e;
}

async function errorOf(response: Response): Promise<ApiError> {
  let message = response.statusText || `HTTP ${response.status}`;
  let errors: FieldError[] = [];
  let body: unknown = null;
  try {
    body = await response.json();
    if (typeof body === 'object' && body !== null) {
      const b = body as { message?: unknown; errors?: unknown };
      if (typeof b.message === 'string') message = b.message;
      else if (Array.isArray(b.message)) message = b.message.join('; ');
      if (Array.isArray(b.errors)) errors = b.errors.filter(isFieldError);
    }
  } catch {
    // not JSON (a proxy's HTML page, an empty body): keep the status text
  }
  return new ApiError(response.status, message, errors, body);
}

/** Sends one request with the bearer token; the answer when it is a success, else ApiError. */
async function send(path: string, options: RequestOptions): Promise<Response> {
  const { method = 'GET', body, query, signal, auth = true } = options;
  const isForm = body instanceof FormData;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  const token = auth ? tokenStore.get() : null;
  if (token) headers.Authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(urlOf(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, cause instanceof Error ? cause.message : String(cause));
  }

  if (!response.ok) {
    const error = await errorOf(response);
    // A refused token means logging in again: the auth gate shows the login page.
    // (Only if the refused token is still the current one: a late answer must not end a new session.)
    if (auth && error.isUnauthorized && token !== null && tokenStore.get() === token) tokenStore.clear('expired');
    throw error;
  }
  return response;
}

/** Calls the API under /api and returns its JSON; throws ApiError on any failure. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Downloads a file the API serves behind the bearer token (an evidence file). */
export async function apiBlob(path: string, options: RequestOptions = {}): Promise<Blob> {
  return (await send(path, options)).blob();
}
