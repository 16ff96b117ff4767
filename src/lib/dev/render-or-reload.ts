// `astro dev` only: a page whose render failed while its inputs were being saved is asked for again, not shown as an error.

/**
 * A save can land while a page renders, and the render may read the file half-written (an editor's save
 * truncates, then writes): a .bib missing its entries fails on the first citation. Astro would answer with
 * its error page, a blank body that waits for the error overlay over the live-reload socket; a tab whose
 * socket has not connected by then stays blank, one save behind, for good. If the inputs changed since
 * the request began, the error may be the half-written file's, so the browser asks again; the next render
 * reads the finished save, and shows its error, if it still has one.
 */
export async function renderOrReload(
  render: () => Promise<Response>,
  digestAtRequest: string,
  digestNow: () => string,
): Promise<Response> {
  try {
    return await render();
  } catch (error) {
    if (digestNow() === digestAtRequest) throw error;
    return reloadResponse();
  }
}

/** A page that asks for itself again at once; a meta refresh, since the page's scripts may be held by its CSP. */
export function reloadResponse(): Response {
  const html = '<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0"><title>…</title><p>The paper’s files changed while this page was rendered; it is rendered again.</p>';
  return new Response(html, { status: 503, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "retry-after": "0" } });
}
