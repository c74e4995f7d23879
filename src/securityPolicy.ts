// The page's security policy, one definition for the built page (a <meta> that Vite writes into
// dist/index.html), the preview server and the e2e static server (as headers). Scripts only from
// the app's own origin, never inline; Workers from the origin or a Blob URL (ForceAtlas2 starts its
// layout Worker from one); fetch to any http(s) address, because `?corpus=` and `?store=` read a
// corpus from wherever the curator points; styles may be inline (sigma and the panels set them).

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' http: https: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

/** Headers a server of the built app sends with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  // frame-ancestors only works as a header, not in the page's <meta>.
  "Content-Security-Policy": `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};
