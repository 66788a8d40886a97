/** An HTTP answer: its status and its body, parsed as JSON when it parses, else the text (undefined when empty). */
export interface Reply<T = any> {
  status: number;
  body: T;
}

export interface RequestOptions {
  /**
   * Sent as JSON (with `content-type: application/json`) unless undefined. A string is sent as it
   * is (JSON text, possibly broken on purpose); a FormData is sent as multipart, its content type
   * left to fetch.
   */
  body?: unknown;
  /** Sent as `authorization: Bearer …` when given. */
  token?: string | null;
  headers?: Record<string, string>;
}

/** One request to `baseUrl + path`; never throws on an HTTP error status. */
export async function requestJson<T = any>(baseUrl: string, method: string, path: string, options: RequestOptions = {}): Promise<Reply<T>> {
  const { body, token } = options;
  const headers: Record<string, string> = {};
  let payload: RequestInit['body'];
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = typeof body === 'string' ? body : JSON.stringify(body);
  }
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(baseUrl + path, { method, headers: { ...headers, ...options.headers }, body: payload });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed as T };
}
