// The JSON API under /api/v1 (doc/api.md). Writes carry the token that
// `crosscheck serve` printed; the page keeps it for this browser tab only.

const TOKEN_KEY = "crosscheck.token";

export function token() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "" && value !== false) query.set(key, value);
  }
  const q = query.toString();
  return `/api/v1/${path}${q ? "?" + q : ""}`;
}

async function parse(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const err = body && body.error ? body.error : { code: "http", message: response.statusText };
    throw new ApiError(response.status, err.code, err.message);
  }
  return body;
}

export async function get(path, params) {
  return parse(await fetch(url(path, params), { headers: { Accept: "application/json" } }));
}

// body: an object (sent as JSON) or a string (sent as text/plain).
export async function post(path, body, params) {
  const isText = typeof body === "string";
  const response = await fetch(url(path, params), {
    method: "POST",
    headers: {
      "Content-Type": isText ? "text/plain; charset=utf-8" : "application/json",
      Authorization: `Bearer ${token()}`,
    },
    body: isText ? body : JSON.stringify(body),
  });
  return parse(response);
}
