// The renderer's only door to the main side: Electron preload (window.kg) or the loopback HTTP host.
import type { KgBridge } from "../electron/api.ts";
import type { ApiInput, ApiName, ApiOutput } from "./api-types.ts";

type Envelope = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

declare global {
  interface Window {
    kg?: KgBridge;
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** A failure in words for the Notice toast: an API refusal's message (ApiError), any Error's, or the value. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function send(name: ApiName, input: unknown): Promise<Envelope> {
  if (window.kg) return (await window.kg.call(name, input as never)) as Envelope;
  const res = await fetch(`/api/${name}`, {
    method: "POST",
    // The session cookie (HttpOnly, set when the printed URL was opened) authenticates the call.
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  try {
    return (await res.json()) as Envelope;
  } catch {
    return { ok: false, error: { code: `http_${res.status}`, message: res.statusText || "bad response" } };
  }
}

export async function call<K extends ApiName>(name: K, input: ApiInput<K>): Promise<ApiOutput<K>> {
  const env = await send(name, input);
  if (!env.ok) throw new ApiError(env.error.code, env.error.message);
  return env.data as ApiOutput<K>;
}
