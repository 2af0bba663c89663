// The dashboard's only door to the server. Every call resolves to parsed JSON or throws an ApiError that carries
// the problem document's `detail` (RFC 9457) so that views can show the server's own explanation to the user.

/** A failed API call: HTTP status, the problem's title and detail when the server sent one. */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
    this.detail = detail || title || `The server answered HTTP ${status}.`;
  }
}

async function request(method, path, params, body, contentType) {
  const url = new URL(path, window.location.origin);
  if (params) {
    for (const [k, v] of Object.entries(params)) {
      if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
    }
  }
  const init = { method, headers: { Accept: 'application/json, application/problem+json' } };
  if (body !== undefined) {
    init.body = contentType === 'application/json' ? JSON.stringify(body) : body;
    init.headers['Content-Type'] = contentType;
  }
  let response;
  try {
    response = await fetch(url, init);
  } catch (e) {
    throw new ApiError(0, 'Network error', `The server did not answer (${e.message}). Is \`entente serve\` still running?`);
  }
  const text = await response.text();
  let json = null;
  if (text) {
    try { json = JSON.parse(text); } catch { json = null; }
  }
  if (!response.ok) {
    const title = json && typeof json.title === 'string' ? json.title : response.statusText;
    let detail = json && typeof json.detail === 'string' ? json.detail : null;
    if (!detail && json && json.errors) {
      // Validation problems list their complaints per field.
      detail = Object.entries(json.errors).map(([k, v]) => `${k}: ${[].concat(v).join(' ')}`).join('; ');
    }
    if (!detail && text && !json) detail = text.slice(0, 300);
    throw new ApiError(response.status, title, detail);
  }
  return json;
}

/** GET /api/health */
export const health = () => request('GET', '/api/health');

/** GET /api/actors?q= */
export const actors = (q, limit = 20) => request('GET', '/api/actors', { q, limit });

/** GET /api/events with filters (actor, code, modality, from, to, text, offset, limit). */
export const events = (filter) => request('GET', '/api/events', filter);

/** GET /api/dyads/{a}/{b}?by=month&from=&to= */
export const dyad = (a, b, params) =>
  request('GET', `/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { by: 'month', ...params });

/** GET /api/alignment?from=&to= */
export const alignment = (params) => request('GET', '/api/alignment', params);

/** POST /api/code with {text, date}. */
export const code = (text, date) => request('POST', '/api/code', null, { text, date: date || undefined }, 'application/json');
