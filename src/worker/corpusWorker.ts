// The corpus Worker's entry, kept small so it runs as soon as the page starts it: for a `load` it
// starts the corpus's download and posts the overview shipped with the corpus (the default one),
// while the Worker's body (corpusHost.ts: parsers, graph build, index, split engine; a bundle that
// took 0.6 s to compile on this machine) is still being read. Requests are handed to the body in
// the order they came.
/// <reference lib="webworker" />
import type { EarlyLoad } from "./corpusHost";
import { graphMessage } from "./graphMessage";
import type { Request } from "./protocol";
import { fetchShippedOverview } from "./shippedOverview";

declare const self: DedicatedWorkerGlobalScope;

const host = import("./corpusHost");

function startLoad({ url, corpusId, label, overviewUrl }: Extract<Request, { type: "load" }>) {
  const requested = fetch(url);
  requested.catch(() => undefined); // awaited, and reported, by the body
  const shipped = overviewUrl
    ? fetchShippedOverview(overviewUrl, corpusId, label).then((payload) => {
        if (payload) self.postMessage(...graphMessage(corpusId, payload));
        return payload;
      })
    : Promise.resolve(undefined);
  return { requested, shipped } satisfies EarlyLoad;
}

self.onmessage = (event: MessageEvent<Request>): void => {
  const request = event.data;
  const early = request.type === "load" ? startLoad(request) : undefined;
  host.then(
    ({ handle }) => handle(request, early),
    // Thrown again outside the promise: the page's crash handling (a fresh Worker) takes it.
    (error: unknown) =>
      setTimeout(() => {
        throw error;
      }),
  );
};
